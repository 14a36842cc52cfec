// The timeline, events, claims, stories and quotes, each read through its own stage's listing function (filters included),
// paginated, with the stage's note when the store holds nothing from it.
import { z } from 'zod';
import { listClaims } from '../../claims/claim-listing.js';
import { listEvents } from '../../events/event-listing.js';
import { loadEntities } from '../../resolve/entity-listing.js';
import { listStories } from '../../stories/story-listing.js';
import { filterTimeline } from '../../time/timeline.js';
import { loadTimeline } from '../../time/timeline-store.js';
import type { ApiContext } from '../api-context.js';
import { cachedQuotes } from '../quote-scan.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { pageQuery } from '../schemas.js';
import { type StageName, stages } from '../stages.js';
import { withLanes } from '../timeline-lanes.js';

const listSchema = z.object({
  stage: z.object({ name: z.string(), available: z.boolean(), note: z.string() }),
  items: z.array(z.object({ id: z.string(), data: z.unknown(), docIds: z.array(z.string()).optional() })),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
  hasMore: z.boolean(),
});

function page<T extends { id: string }>(
  name: StageName,
  all: T[],
  shown: T[],
  limit: number,
  offset: number,
  docIds: (x: T) => string[],
) {
  const available = all.length > 0;
  return {
    stage: {
      name,
      available,
      note: available ? `${stages[name].title} from the stored documents.` : stages[name].empty,
    },
    items: shown.slice(offset, offset + limit).map((x) => ({ id: x.id, data: x, docIds: docIds(x) })),
    total: shown.length,
    limit,
    offset,
    hasMore: offset + limit < shown.length,
  };
}

export function knowledgeRoutes({ store, summaries }: ApiContext): RouteSpec[] {
  const quotes = cachedQuotes(store);
  return [
    defineRoute({
      method: 'get',
      path: '/api/timeline',
      tag: 'dossier',
      summary:
        'Timeline items in time order, each with its interval, granularity, actors (resolved to entities), sources and evidence',
      query: z.object({
        ...pageQuery,
        from: z.string().max(30).optional().describe('Items ending after this date'),
        to: z.string().max(30).optional().describe('Items starting on or before this date'),
        entity: z.string().max(200).optional().describe('Items whose actors include this name'),
      }),
      response: listSchema,
      async handler(c, { query }) {
        const all = await loadTimeline(store);
        const shown = filterTimeline(all, query);
        const listed = page('timeline', all, shown, query.limit, query.offset, (i) => i.docs);
        // Lanes are resolved for the page shown only: entities and summaries are read once per request.
        const [{ entities }, docs] = await Promise.all([loadEntities(store), summaries.get()]);
        const data = withLanes(
          listed.items.map((i) => i.data),
          entities,
          docs,
        );
        return c.json({ ...listed, items: listed.items.map((i, n) => ({ ...i, data: data[n] })) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/events',
      tag: 'dossier',
      summary: 'Events (who did what to whom, when), merged across articles, with evidence',
      query: z.object({
        ...pageQuery,
        type: z.string().max(100).optional(),
        entity: z
          .string()
          .max(200)
          .optional()
          .describe('Events with this entity (id or name) as actor or target'),
        modality: z.enum(['asserted', 'negated', 'hypothetical', 'requested', 'planned']).optional(),
      }),
      response: listSchema,
      async handler(c, { query }) {
        const all = await listEvents(store);
        const shown = query.type || query.entity || query.modality ? await listEvents(store, query) : all;
        return c.json(
          page('events', all, shown, query.limit, query.offset, (e) => [
            ...new Set(e.evidence.map((v) => v.docId)),
          ]),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/claims',
      tag: 'dossier',
      summary:
        'Claims with their status (corroborated, contradicted, single-source), independent origins and evidence',
      query: z.object({
        ...pageQuery,
        status: z.enum(['corroborated', 'contradicted', 'single', 'single-source']).optional(),
        doc: z.string().max(200).optional().describe('Only claims with evidence in this document'),
      }),
      response: listSchema,
      async handler(c, { query }) {
        const all = await listClaims(store);
        const shown =
          query.status || query.doc
            ? await listClaims(store, { status: query.status, docId: query.doc })
            : all;
        return c.json(
          page('claims', all, shown, query.limit, query.offset, (cl) => [
            ...new Set(cl.evidence.map((e) => e.docId)),
          ]),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/stories',
      tag: 'dossier',
      summary: 'Stories: groups of articles about one happening, with their independent origins',
      query: z.object({ ...pageQuery }),
      response: listSchema,
      async handler(c, { query }) {
        const all = await listStories(store);
        return c.json(page('stories', all, all, query.limit, query.offset, (s) => s.docs.map((d) => d.id)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/quotes',
      tag: 'dossier',
      summary: 'Quotes, direct and reported, with speaker, role and evidence',
      query: z.object({
        ...pageQuery,
        speaker: z.string().max(200).optional().describe('Only quotes whose speaker name contains this'),
        doc: z.string().max(200).optional(),
      }),
      response: listSchema,
      async handler(c, { query }) {
        const all = await quotes();
        const who = query.speaker?.toLowerCase();
        const shown = all.filter(
          (q) =>
            (!who || q.speaker?.name.toLowerCase().includes(who)) && (!query.doc || q.docId === query.doc),
        );
        return c.json(page('quotes', all, shown, query.limit, query.offset, (q) => [q.docId]));
      },
    }),
  ];
}
