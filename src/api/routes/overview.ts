// The corpus at a glance (key figures, date range, latest articles, which stages have data) and the sources
// (outlets with their genres and coverage). Both are real figures from the stored documents.
import { z } from 'zod';
import type { Store } from '../../store/store.js';
import type { ApiContext } from '../api-context.js';
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

async function stageStatuses(store: Store) {
  return Promise.all(
    (Object.keys(stages) as StageName[]).map(async (name) => {
      const info = stages[name];
      const available = (await store.listCorpusItems(info.kind, { limit: 1 })).length > 0;
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
        const [f, st] = await Promise.all([figures.get(), stageStatuses(store)]);
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
        const framing = (await stageStatuses(store)).find((s) => s.name === 'framing')!;
        return c.json({ items: f.outlets, framing });
      },
    }),
  ];
}
