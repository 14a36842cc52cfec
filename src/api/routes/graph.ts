// The network: entities as nodes and stored relations as edges, in the shape cytoscape and exporters take.
// A relation item's data is read as {source, target, type} (entity ids); anything else is skipped, not guessed.
// `mode=co-mention` instead links entities named in the same articles (weight = shared articles): weaker
// than a relation, and labelled as such, but real while relation extraction does not exist.
import { z } from 'zod';
import { listEntities } from '../../resolve/entity-listing.js';
import type { ApiContext } from '../api-context.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { stages } from '../stages.js';

const MAX_EDGES = 5000;
const CO_MENTION_NODES = 60;

function field(data: unknown, key: string): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const v = (data as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : null;
}

export function graphRoutes(ctx: ApiContext): RouteSpec[] {
  const { store } = ctx;
  return [
    defineRoute({
      method: 'get',
      path: '/api/graph',
      tag: 'dossier',
      summary: 'Entities and the relations between them, as nodes and edges',
      query: z.object({
        type: z.string().max(100).optional().describe('Only relations of this type'),
        mode: z.enum(['relations', 'co-mention']).default('relations'),
      }),
      response: z.object({
        stage: z.object({ name: z.string(), available: z.boolean(), note: z.string() }),
        nodes: z.array(z.object({ id: z.string(), label: z.string(), type: z.string().nullable() })),
        edges: z.array(
          z.object({
            id: z.string(),
            source: z.string(),
            target: z.string(),
            type: z.string(),
            docIds: z.array(z.string()),
          }),
        ),
      }),
      async handler(c, { query }) {
        if (query.mode === 'co-mention') return c.json(await coMention(ctx));
        const relations = await store.listCorpusItems(stages.relations.kind, { limit: MAX_EDGES });
        const edges = relations.flatMap((r) => {
          const source = field(r.data, 'source');
          const target = field(r.data, 'target');
          const type = field(r.data, 'type') ?? 'related';
          if (!source || !target || (query.type && type !== query.type)) return [];
          return [{ id: r.id, source, target, type, docIds: r.docIds ?? [] }];
        });
        const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
        const entities = ids.length
          ? await store.listCorpusItems(stages.entities.kind, { ids, limit: ids.length })
          : [];
        const byId = new Map(entities.map((e) => [e.id, e]));
        const nodes = ids.map((id) => ({
          id,
          label: field(byId.get(id)?.data, 'name') ?? id,
          type: field(byId.get(id)?.data, 'type'),
        }));
        const available = relations.length > 0;
        return c.json({
          stage: {
            name: 'relations',
            available,
            note: available ? 'Relations from the stored documents.' : stages.relations.empty,
          },
          nodes,
          edges,
        });
      },
    }),
  ];
}

async function coMention({ store }: ApiContext) {
  const top = (await listEntities(store)).slice(0, CO_MENTION_NODES);
  const edges = [];
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const shared = top[i].docs.filter((d) => top[j].docs.includes(d));
      if (shared.length === 0) continue;
      edges.push({
        id: `${top[i].id}~${top[j].id}`,
        source: top[i].id,
        target: top[j].id,
        type: 'co-mention',
        docIds: shared,
      });
    }
  }
  const available = top.length > 0;
  return {
    stage: {
      name: 'co-mention',
      available,
      note: available
        ? `The ${top.length} most mentioned entities, linked when named in the same article (not a relation).`
        : stages.entities.empty,
    },
    nodes: top.map((e) => ({ id: e.id, label: e.name, type: e.type })),
    edges,
  };
}
