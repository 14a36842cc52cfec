// The corpus at a glance (key figures, date range, latest articles, which stages have data) and the sources
// (outlets with their genres and coverage). Both are real figures from the stored documents.
import { z } from 'zod';
import { listClaims } from '../../claims/claim-listing.js';
import { CLAIMS_KIND } from '../../claims/claim-types.js';
import { EVENT_KIND } from '../../events/event-stage.js';
import { ENTITY_KIND } from '../../resolve/entity-stage.js';
import type { Store } from '../../store/store.js';
import { STORY_KIND, type StoryItem } from '../../stories/story-stage.js';
import { MENTIONS_KIND } from '../../time/timeline-store.js';
import type { ApiContext } from '../api-context.js';
import { countKeyed } from '../count-keyed.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { docSummarySchema } from '../schemas.js';
import { type StageName, stages } from '../stages.js';

const outletSchema = z.object({
  name: z.string(),
  documents: z.number(),
  words: z.number(),
  genres: z.record(z.string(), z.number()),
  syndicated: z.number(),
  first: z.string().nullable(),
  last: z.string().nullable(),
});

const stageStatus = z.object({
  name: z.string(),
  title: z.string(),
  available: z.boolean(),
  note: z.string(),
});

const SAMPLE_DOCS = 20;

/** Whether the first documents that have one of these layers carry spans in it (for stages that write layers);
 * reads that layer only, not whole documents. */
async function sampleHasLayer(store: Store, names: string[]): Promise<boolean> {
  for (const n of names)
    if ((await store.listLayer(n, { limit: SAMPLE_DOCS })).some((l) => l.spans.length > 0)) return true;
  return false;
}

const hasKind = async (store: Store, kind: string) =>
  (await store.listCorpusItems(kind, { limit: 1 })).length > 0;

/** Whether a live (not merged-away) story is stored, reading stories a page at a time. */
async function hasLiveStory(store: Store): Promise<boolean> {
  for (let offset = 0; ; offset += 50) {
    const page = await store.listCorpusItems<StoryItem>(STORY_KIND, { limit: 50, offset });
    if (page.some((i) => !('mergedInto' in i.data))) return true;
    if (page.length < 50) return false;
  }
}

/** A cheap look at whether a stage has produced anything, without running its listing. */
const probes: Record<StageName, (store: Store) => Promise<boolean>> = {
  entities: (s) => hasKind(s, ENTITY_KIND),
  timeline: async (s) => (await hasKind(s, MENTIONS_KIND)) || sampleHasLayer(s, ['timex', 'times']),
  quotes: (s) => sampleHasLayer(s, ['quotes']),
  events: (s) => hasKind(s, EVENT_KIND),
  // Claims are brought up to date when listed: with none stored yet, the listing is the honest probe.
  claims: async (s) => (await hasKind(s, CLAIMS_KIND)) || (await listClaims(s)).length > 0,
  reactions: (s) => hasKind(s, ENTITY_KIND),
  stories: hasLiveStory,
  framing: async (s) => (await s.countDocuments()) > 0,
};

async function stageStatuses(store: Store) {
  return Promise.all(
    (Object.keys(stages) as StageName[]).map(async (name) => {
      const info = stages[name];
      const available = await probes[name](store);
      return {
        name,
        title: info.title,
        available,
        note: available ? `${info.title} available.` : info.empty,
      };
    }),
  );
}

export function overviewRoutes({ store, figures }: ApiContext): RouteSpec[] {
  const statuses = countKeyed(store, () => stageStatuses(store));
  return [
    defineRoute({
      method: 'get',
      path: '/api/overview',
      tag: 'dossier',
      summary:
        'Key figures: documents, outlets, genres, date range, latest documents, and which stages have data',
      response: z.object({
        documents: z.number(),
        words: z.number(),
        undated: z.number(),
        outlets: z.number(),
        dateRange: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
        genres: z.record(z.string(), z.number()),
        languages: z.record(z.string(), z.number()),
        latest: z.array(docSummarySchema),
        stages: z.array(stageStatus),
      }),
      async handler(c) {
        const [f, st] = await Promise.all([figures.get(), statuses.get()]);
        return c.json({ ...f, outlets: f.outlets.length, stages: st });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/sources',
      tag: 'dossier',
      summary:
        'Outlets with document counts, genres, syndication and coverage dates; framing when that stage exists',
      response: z.object({ items: z.array(outletSchema), framing: stageStatus }),
      async handler(c) {
        const f = await figures.get();
        const framing = (await statuses.get()).find((s) => s.name === 'framing')!;
        return c.json({ items: f.outlets, framing });
      },
    }),
  ];
}
