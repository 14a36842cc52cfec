// Entities resolved across articles, with the user's corrections applied, and the corrections themselves
// (merge, split, rename) as writes. Thin over the resolver's own listing and correction functions.
import { z } from 'zod';
import { recordCorrection, requireEntity } from '../../resolve/corrections.js';
import type { ApiContext } from '../api-context.js';
import { ApiError } from '../api-error.js';
import { entityCache } from '../entity-cache.js';
import { jsonBody } from '../listing-cache.js';
import { mentionsOverTime } from '../mentions-over-time.js';
import { defineRoute, parseInput, type RouteSpec } from '../route-spec.js';
import { idParams, pageQuery } from '../schemas.js';
import { stages } from '../stages.js';

const entityRow = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  mentions: z.number(),
  docs: z.array(z.string()),
});

const tally = z.object({ mentions: z.number(), docs: z.number() });
const mentionsOverTimeSchema = z.object({
  id: z.string(),
  name: z.string(),
  by: z.enum(['day', 'week', 'month']),
  buckets: z.array(
    tally.extend({ period: z.string().describe('YYYY-MM-DD (a day, or a week’s Monday) or YYYY-MM') }),
  ),
  undated: tally.describe('Mentions in articles without a publication date'),
  coarse: tally.describe('Mentions in articles dated less precisely than the buckets'),
});

const correctionBody = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('merge'),
    into: z.string().min(1).max(200).describe('Entity id or exact name to merge into'),
  }),
  z.object({ op: z.literal('split'), alias: z.string().min(1).max(300).describe('Alias to split off') }),
  z.object({ op: z.literal('rename'), name: z.string().trim().min(1).max(300) }),
]);

export function entityRoutes({ store, summaries }: ApiContext): RouteSpec[] {
  const cache = entityCache(store);
  const note = (n: number) =>
    n > 0 ? 'Entities resolved across the stored documents.' : stages.entities.empty;
  return [
    defineRoute({
      method: 'get',
      path: '/api/entities',
      tag: 'entities',
      summary: 'Entities resolved across articles, most mentioned first, with corrections applied',
      query: z.object({
        ...pageQuery,
        type: z.string().max(20).optional().describe('PERSON, ORG, GPE, LOC, NORP, EVENT, WEAPON'),
        doc: z.string().max(200).optional().describe('Only entities mentioned in this document'),
      }),
      response: z.object({
        stage: z.object({ name: z.string(), available: z.boolean(), note: z.string() }),
        items: z.array(entityRow),
        total: z.number(),
        limit: z.number(),
        offset: z.number(),
      }),
      async handler(c, { query }) {
        const body = await cache.page(query, ({ typed, shown }) => ({
          stage: { name: 'entities', available: typed.length > 0, note: note(typed.length) },
          items: shown.slice(query.offset, query.offset + query.limit),
          total: shown.length,
          limit: query.limit,
          offset: query.offset,
        }));
        return jsonBody(c, body);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/entities/{id}',
      tag: 'entities',
      summary:
        'One entity: names, aliases, roles with evidence, why names were merged, mentions per document',
      params: idParams,
      response: z.object({ id: z.string(), name: z.string(), type: z.string() }).passthrough(),
      errors: [404],
      async handler(c, { params }) {
        const entities = await cache.entities();
        if (entities.length === 0) throw new ApiError('NOT_FOUND', stages.entities.empty);
        return c.json(requireEntity(entities, params.id));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/entities/{id}/mentions-over-time',
      tag: 'entities',
      summary:
        'How often the entity is mentioned per day, week or month, by publication date of the articles',
      description:
        'Buckets run from the first to the last period with a mention, empty ones included. Mentions in undated ' +
        'articles, and in articles dated less precisely than a bucket, are counted apart.',
      params: idParams,
      query: z.object({
        by: z
          .enum(['auto', 'day', 'week', 'month'])
          .default('auto')
          .describe('Bucket size; auto picks the finest that spans the dates in at most 400 buckets'),
      }),
      response: mentionsOverTimeSchema,
      errors: [404],
      async handler(c, { params, query }) {
        const entities = await cache.entities();
        if (entities.length === 0) throw new ApiError('NOT_FOUND', stages.entities.empty);
        const e = requireEntity(entities, params.id);
        const docs = new Map((await summaries.get()).map((d) => [d.id, d]));
        return c.json({ id: e.id, name: e.name, ...mentionsOverTime(e.mentions, docs, query.by) });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/entities/{id}/corrections',
      tag: 'entities',
      summary: 'Correct an entity: merge it into another, split an alias off, or rename it',
      description: 'Corrections are stored apart from the resolver’s output and survive re-analysis.',
      params: idParams,
      body: { json: correctionBody },
      response: z.object({ ok: z.literal(true), id: z.string() }),
      errors: [401, 403, 404],
      async handler(c, { params }) {
        const body = parseInput(correctionBody, await c.req.json().catch(() => null), 'body');
        const entities = await cache.entities();
        const e = requireEntity(entities, params.id);
        const at = new Date().toISOString();
        if (body.op === 'merge') {
          const into = requireEntity(entities, body.into);
          if (into.id === e.id) throw new ApiError('BAD_REQUEST', 'An entity cannot be merged into itself.');
          await recordCorrection(store, { op: 'merge', from: e.id, into: into.id, at });
          return c.json({ ok: true as const, id: into.id });
        }
        if (body.op === 'split') {
          if (!e.aliases.includes(body.alias)) {
            throw new ApiError(
              'BAD_REQUEST',
              `${e.name} has no alias "${body.alias}"; its aliases: ${e.aliases.join(', ') || 'none'}.`,
            );
          }
          await recordCorrection(store, { op: 'split', id: e.id, alias: body.alias, at });
          return c.json({ ok: true as const, id: e.id });
        }
        await recordCorrection(store, { op: 'rename', id: e.id, name: body.name, at });
        return c.json({ ok: true as const, id: e.id });
      },
    }),
  ];
}
