// The network: entities as nodes and actor-to-actor relations (aggregated from events) as edges, in the shape
// cytoscape and exporters take, each edge with its evidence sentences. `mode=co-mention` instead links
// entities named in the same articles (weight = shared articles): weaker than a relation, and labelled so.
// Both narrow to a time range (the event's time for relations, the article's date for co-mentions) and to
// one source (an outlet, or one article without an outlet), as `dossier graph --from --to --source` does.
import { z } from 'zod';
import type { DossierEvent } from '../../events/event.js';
import { listEvents, relationsFrom } from '../../events/event-listing.js';
import { type EntityRow, listEntities } from '../../resolve/entity-listing.js';
import type { DocSummary } from '../../store/store.js';
import type { ApiContext } from '../api-context.js';
import { ApiError } from '../api-error.js';
import { matchesFilter } from '../doc-scan.js';
import { type DocSource, docsOfSource, listSources } from '../doc-sources.js';
import { listingCache } from '../listing-cache.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { isoDay } from '../schemas.js';
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
  sources: z
    .array(z.object({ key: z.string(), name: z.string(), documents: z.number() }))
    .describe('Every source in the corpus, for the `source` filter'),
  filtered: z.boolean().describe('Whether a time or source filter narrowed the graph'),
});
type Graph = z.infer<typeof graphSchema>;
type Base = Omit<Graph, 'sources' | 'filtered'>;

interface GraphFilter {
  from?: string;
  to?: string;
  /** Documents of the chosen source; undefined for all. */
  docs?: Set<string>;
}

/** A time value (`2026`, `2026-01`, `2026-01-03…`) is in range when it overlaps it: each bound is compared
 * at the precision both share, so `2026` overlaps `from=2026-01-05` and `2026-01-03` does not. */
function inRange(t: string | null, f: GraphFilter): boolean {
  if (!f.from && !f.to) return true;
  if (!t || !/^\d{4}/.test(t)) return false;
  const n = (bound: string) => Math.min(bound.length, t.length);
  const after = !f.from || t.slice(0, n(f.from)) >= f.from.slice(0, n(f.from));
  const before = !f.to || t.slice(0, n(f.to)) <= f.to.slice(0, n(f.to));
  return after && before;
}

function relationGraph(all: readonly DossierEvent[], type: string | undefined, f: GraphFilter): Base {
  const events = all
    .filter((e) => inRange(e.time, f))
    .map((e) => (f.docs ? { ...e, evidence: e.evidence.filter((v) => f.docs!.has(v.docId)) } : e))
    .filter((e) => e.evidence.length > 0);
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
  // Available means the store holds relations at all; a filter that leaves none is not a missing stage.
  const available = edges.length > 0 || (events !== all && relationsFrom(all).length > 0);
  return {
    stage: {
      name: 'relations',
      available,
      note: !available
        ? NO_RELATIONS
        : edges.length > 0
          ? 'Relations aggregated from events.'
          : 'No relations match these filters.',
    },
    nodes: [...nodes.values()],
    edges,
  };
}

function coMentionGraph(entities: readonly EntityRow[], f: GraphFilter, docs: DocSummary[]): Base {
  const kept =
    f.docs || f.from || f.to
      ? new Set(
          docs
            .filter((d) => (!f.docs || f.docs.has(d.id)) && matchesFilter(d, { from: f.from, to: f.to }))
            .map((d) => d.id),
        )
      : null;
  const top = entities
    .map((e) => (kept ? { ...e, docs: e.docs.filter((d) => kept.has(d)) } : e))
    .filter((e) => e.docs.length > 0)
    .slice(0, CO_MENTION_NODES);
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

function sourceDocs(
  sources: DocSource[],
  docs: DocSummary[],
  key: string | undefined,
): Set<string> | undefined {
  if (!key) return undefined;
  if (!sources.some((s) => s.key === key))
    throw new ApiError(
      'BAD_REQUEST',
      `No source "${key}"; sources are \`outlet:<name>\` or \`doc:<id>\` (listed in this endpoint's \`sources\`).`,
    );
  return docsOfSource(docs, key);
}

export function graphRoutes(ctx: ApiContext): RouteSpec[] {
  // Events and entities are listed once per store change (listing-cache.ts), not per request.
  const events = listingCache(ctx.store, () => listEvents(ctx.store));
  const entities = listingCache(ctx.store, () => listEntities(ctx.store));
  return [
    defineRoute({
      method: 'get',
      path: '/api/graph',
      tag: 'dossier',
      summary: 'Entities and the relations between them (from events), as nodes and edges with evidence',
      query: z.object({
        type: z.string().max(100).optional().describe('Only relations of this event type'),
        mode: z.enum(['relations', 'co-mention']).default('relations'),
        from: isoDay
          .optional()
          .describe('Only relations at or after this date (co-mention: articles published)'),
        to: isoDay
          .optional()
          .describe('Only relations at or before this date (a month or year covers all of it)'),
        source: z
          .string()
          .max(300)
          .optional()
          .describe(
            'Only evidence from this source: `outlet:<name>`, or `doc:<id>` for an article without outlet',
          ),
      }),
      response: graphSchema,
      errors: [400],
      async handler(c, { query }) {
        const docs = await ctx.summaries.get();
        const sources = listSources(docs);
        const f: GraphFilter = {
          from: query.from,
          to: query.to,
          docs: sourceDocs(sources, docs, query.source),
        };
        const graph =
          query.mode === 'co-mention'
            ? coMentionGraph((await entities()).all, f, docs)
            : relationGraph((await events()).all, query.type, f);
        return c.json({ ...graph, sources, filtered: Boolean(f.from || f.to || f.docs) });
      },
    }),
  ];
}
