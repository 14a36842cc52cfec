// The timeline, events, claims, stories and quotes, each read through its own stage's listing function (filters included),
// paginated, with the stage's note when the store holds nothing from it. Listings are built once per store
// change (knowledge-cache.ts), so a page is a lookup and a slice.
import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import { knowledgeCache } from '../knowledge-cache.js';
import { jsonBody } from '../listing-cache.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { pageQuery } from '../schemas.js';
import { type StageName, stages } from '../stages.js';

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
  all: readonly T[],
  shown: readonly T[],
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
  const cache = knowledgeCache(store, summaries);
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
        const body = await cache.timeline(query, ({ all, shown }) =>
          page('timeline', all, shown, query.limit, query.offset, (i) => i.docs),
        );
        return jsonBody(c, body);
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
        const body = await cache.events(query, ({ all, shown }) =>
          page('events', all, shown, query.limit, query.offset, (e) => [
            ...new Set(e.evidence.map((v) => v.docId)),
          ]),
        );
        return jsonBody(c, body);
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
        const body = await cache.claims(query, ({ all, shown }) =>
          page('claims', all, shown, query.limit, query.offset, (cl) => [
            ...new Set(cl.evidence.map((e) => e.docId)),
          ]),
        );
        return jsonBody(c, body);
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
        const body = await cache.stories(query, ({ all, shown }) =>
          page('stories', all, shown, query.limit, query.offset, (s) => s.docs.map((d) => d.id)),
        );
        return jsonBody(c, body);
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
        const body = await cache.quotes(query, ({ all, shown }) =>
          page('quotes', all, shown, query.limit, query.offset, (q) => [q.docId]),
        );
        return jsonBody(c, body);
      },
    }),
  ];
}
