// The network: entities as nodes and stored relations as edges, in the shape cytoscape and exporters take.
// A relation item's data is read as {source, target, type} (entity ids); anything else is skipped, not guessed.
import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { stages } from '../stages.js';

const MAX_EDGES = 5000;

function field(data: unknown, key: string): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const v = (data as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : null;
}

export function graphRoutes({ store }: ApiContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/graph',
      tag: 'dossier',
      summary: 'Entities and the relations between them, as nodes and edges',
      query: z.object({ type: z.string().max(100).optional().describe('Only relations of this type') }),
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
