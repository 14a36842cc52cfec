// The network: entities as nodes and actor-to-actor relations (aggregated from events) as edges, in the shape
// cytoscape and exporters take, each edge with its evidence sentences. `mode=co-mention` instead links
// entities named in the same articles (weight = shared articles): weaker than a relation, and labelled so.
import { z } from 'zod';
import { listEvents, relationsFrom } from '../../events/event-listing.js';
import { listEntities } from '../../resolve/entity-listing.js';
import type { ApiContext } from '../api-context.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { stages } from '../stages.js';

const CO_MENTION_NODES = 60;
const NO_RELATIONS =
  'No relations yet: relations come from events between two actors, and the store holds none.';
const MAX_EVIDENCE = 20;

const evidence = z.object({ docId: z.string(), start: z.number(), end: z.number(), text: z.string() });
const graphSchema = z.object({
  stage: z.object({ name: z.string(), available: z.boolean(), note: z.string() }),
  nodes: z.array(z.object({ id: z.string(), label: z.string(), type: z.string().nullable() })),
  edges: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      target: z.string(),
      type: z.string(),
      count: z.number(),
      docIds: z.array(z.string()),
      evidence: z.array(evidence),
    }),
  ),
});
type Graph = z.infer<typeof graphSchema>;

async function relationGraph({ store }: ApiContext, type: string | undefined): Promise<Graph> {
  const events = await listEvents(store);
  const relations = relationsFrom(events).filter((r) => !type || r.type === type);
  const types = new Map(
    events.flatMap((e) => [e.actor, e.target]).flatMap((p) => (p ? [[p.entityId, p.type]] : [])),
  );
  const nodes = new Map<string, Graph['nodes'][number]>();
  const node = (p: { entityId: string; name: string }) =>
    nodes.set(p.entityId, { id: p.entityId, label: p.name, type: types.get(p.entityId) ?? null });
  const edges = relations.map((r) => {
    node(r.source);
    node(r.target);
    return {
      id: r.id,
      source: r.source.entityId,
      target: r.target.entityId,
      type: r.sub ? `${r.type}/${r.sub}` : r.type,
      count: r.count,
      docIds: [...new Set(r.evidence.map((e) => e.docId))],
      evidence: r.evidence.slice(0, MAX_EVIDENCE),
    };
  });
  const available = edges.length > 0;
  return {
    stage: {
      name: 'relations',
      available,
      note: available ? 'Relations aggregated from events.' : NO_RELATIONS,
    },
    nodes: [...nodes.values()],
    edges,
  };
}

async function coMentionGraph({ store }: ApiContext): Promise<Graph> {
  const top = (await listEntities(store)).slice(0, CO_MENTION_NODES);
  const edges: Graph['edges'] = [];
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const shared = top[i].docs.filter((d) => top[j].docs.includes(d));
      if (shared.length === 0) continue;
      const id = `${top[i].id}~${top[j].id}`;
      edges.push({
        id,
        source: top[i].id,
        target: top[j].id,
        type: 'co-mention',
        count: shared.length,
        docIds: shared,
        evidence: [],
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

export function graphRoutes(ctx: ApiContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/graph',
      tag: 'dossier',
      summary: 'Entities and the relations between them (from events), as nodes and edges with evidence',
      query: z.object({
        type: z.string().max(100).optional().describe('Only relations of this event type'),
        mode: z.enum(['relations', 'co-mention']).default('relations'),
      }),
      response: graphSchema,
      async handler(c, { query }) {
        return c.json(
          query.mode === 'co-mention' ? await coMentionGraph(ctx) : await relationGraph(ctx, query.type),
        );
      },
    }),
  ];
}
