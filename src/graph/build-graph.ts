// The actor network: entities as nodes (with the span of dates they appear), event relations as strong
// edges and co-mention in the same article as a separate, weaker layer. Filterable by relation type,
// time and source document.
import { listEvents, type Relation, relationsFrom } from '../events/event-listing.js';
import { totalMentions } from '../resolve/entity.js';
import { loadEntities } from '../resolve/entity-listing.js';
import type { DocSummary, Store } from '../store/store.js';

export interface GraphNode {
  id: string;
  label: string;
  type: string;
  country: string | null;
  mentions: number;
  start: string | null;
  end: string | null;
}

export interface GraphFilter {
  types?: string[];
  from?: string;
  to?: string;
  docIds?: string[];
  coMention?: boolean;
}

export interface Graph {
  nodes: GraphNode[];
  edges: Relation[];
}

const networkTypes = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

export async function buildGraph(store: Store, filter: GraphFilter = {}): Promise<Graph> {
  const docs = new Map((await store.listDocuments({ limit: 1_000_000 })).map((d) => [d.id, d]));
  const { entities, redirect } = await loadEntities(store);
  const keep = (docId: string) => !filter.docIds || filter.docIds.includes(docId);
  const inTime = (t: string | null) =>
    (!filter.from || (t ?? '') >= filter.from) && (!filter.to || (t ?? '') <= `${filter.to}~`);

  const events = (await listEvents(store)).map((e) => ({
    ...e,
    actor: e.actor && { ...e.actor, entityId: redirect.get(e.actor.entityId) ?? e.actor.entityId },
    target: e.target && { ...e.target, entityId: redirect.get(e.target.entityId) ?? e.target.entityId },
    evidence: e.evidence.filter((x) => keep(x.docId)),
  }));
  let edges = relationsFrom(events.filter((e) => e.evidence.length > 0 && inTime(e.time)));
  if (filter.types?.length) edges = edges.filter((r) => filter.types!.includes(r.type));

  const nodes = entities
    .filter((e) => networkTypes.has(e.type) && Object.keys(e.mentions).some(keep))
    .map((e) => {
      const dates = Object.keys(e.mentions)
        .map((d) => docs.get(d)?.published?.slice(0, 10))
        .filter((d): d is string => !!d)
        .sort();
      return {
        id: e.id,
        label: e.name,
        type: e.type,
        country: e.country ?? null,
        mentions: totalMentions(e),
        start: dates[0] ?? null,
        end: dates.at(-1) ?? null,
      };
    });
  const nodeIds = new Set(nodes.map((n) => n.id));
  edges = edges.filter((r) => nodeIds.has(r.source.entityId) && nodeIds.has(r.target.entityId));
  if (filter.coMention !== false)
    edges.push(
      ...coMentions(
        entities.filter((e) => nodeIds.has(e.id)),
        docs,
        keep,
      ),
    );
  return { nodes, edges };
}

function coMentions(
  entities: Array<{ id: string; name: string; mentions: Record<string, number> }>,
  docs: Map<string, DocSummary>,
  keep: (d: string) => boolean,
): Relation[] {
  const byDoc = new Map<string, typeof entities>();
  for (const e of entities)
    for (const d of Object.keys(e.mentions)) if (keep(d)) byDoc.set(d, [...(byDoc.get(d) ?? []), e]);
  const pairs = new Map<string, Relation>();
  for (const [docId, list] of byDoc) {
    const date = docs.get(docId)?.published?.slice(0, 10) ?? null;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]].sort((x, y) => x.id.localeCompare(y.id));
        const key = `${a.id}~${b.id}`;
        const r = pairs.get(key) ?? {
          id: `co-${a.id.slice(2)}-${b.id.slice(2)}`,
          source: { entityId: a.id, name: a.name },
          target: { entityId: b.id, name: b.name },
          type: 'co-mention',
          sub: null,
          layer: 'co-mention' as const,
          count: 0,
          cooperation: 0,
          conflict: 0,
          weight: 0,
          from: null,
          to: null,
          evidence: [],
        };
        r.count += 1;
        r.weight += 1;
        if (date && (!r.from || date < r.from)) r.from = date;
        if (date && (!r.to || date > r.to)) r.to = date;
        pairs.set(key, r);
      }
    }
  }
  return [...pairs.values()];
}
