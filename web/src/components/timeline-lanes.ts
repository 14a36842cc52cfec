// Groups timeline items into lanes: one per actor (entities, as the API resolved them) or per source (an
// outlet, or an article without one). An item with three actors is drawn in three lanes. Only the lanes
// with the most items get their own row; the rest share one "other" lane, so a corpus with hundreds of
// actors still draws a readable chart.
export type GroupBy = 'none' | 'actor' | 'source';

export interface LaneItemData {
  actors?: (string | { name?: string })[];
  actorEntities?: { id: string | null; name: string }[];
  sources?: { key: string; name: string; docIds: string[] }[];
  docs?: string[];
}

export interface LaneRow<T> {
  item: T;
  /** For a source lane, the documents of that source: its evidence is what the lane shows. */
  docIds?: string[];
}

export interface Lane<T> {
  key: string;
  name: string;
  /** The entity an actor lane stands for, linked from the lane's label. */
  entityId?: string;
  kind: 'lane' | 'other' | 'none';
  rows: LaneRow<T>[];
}

export const LANE_CAP = 12;

type LaneKey = { key: string; name: string; docIds?: string[]; entityId?: string };

function keysOf(d: LaneItemData, by: 'actor' | 'source'): LaneKey[] {
  if (by === 'source') {
    if (d.sources) return d.sources;
    return (d.docs ?? []).map((id) => ({ key: `doc:${id}`, name: id, docIds: [id] }));
  }
  if (d.actorEntities)
    return d.actorEntities.map((a) =>
      a.id ? { key: a.id, name: a.name, entityId: a.id } : { key: `name:${a.name}`, name: a.name },
    );
  return (d.actors ?? [])
    .map((a) => (typeof a === 'string' ? a : (a.name ?? '')))
    .filter(Boolean)
    .map((name) => ({ key: `name:${name}`, name }));
}

export function groupLanes<T extends { id: string; data: LaneItemData }>(
  items: readonly T[],
  by: GroupBy,
  cap = LANE_CAP,
): Lane<T>[] {
  if (by === 'none') return [{ key: 'all', name: '', kind: 'lane', rows: items.map((item) => ({ item })) }];
  const lanes = new Map<string, Lane<T>>();
  const none: Lane<T> = {
    key: 'none',
    name: by === 'actor' ? 'No actor named' : 'No source',
    kind: 'none',
    rows: [],
  };
  for (const item of items) {
    const keys = keysOf(item.data, by);
    if (keys.length === 0) none.rows.push({ item });
    for (const k of keys) {
      const lane = lanes.get(k.key) ?? {
        key: k.key,
        name: k.name,
        entityId: k.entityId,
        kind: 'lane' as const,
        rows: [],
      };
      lane.rows.push({ item, docIds: k.docIds });
      lanes.set(k.key, lane);
    }
  }
  const ranked = [...lanes.values()].sort(
    (a, b) => b.rows.length - a.rows.length || a.name.localeCompare(b.name),
  );
  const shown = ranked.slice(0, cap);
  const rest = ranked.slice(cap);
  if (rest.length > 0) {
    const seen = new Set<string>();
    const rows: LaneRow<T>[] = [];
    for (const lane of rest)
      for (const r of lane.rows)
        if (!seen.has(r.item.id)) {
          seen.add(r.item.id);
          rows.push({ item: r.item });
        }
    const what = by === 'actor' ? 'actors' : 'sources';
    shown.push({ key: 'other', name: `Other (${rest.length} ${what})`, kind: 'other', rows });
  }
  if (none.rows.length > 0) shown.push(none);
  return shown;
}

/**
 * Packs a lane's bars into as few rows as fit: a bar goes on the first row whose last bar (and its label)
 * ends before it starts. Returns the row index of each input, in order.
 */
export function packRows(extents: readonly [number, number][], gap = 6): number[] {
  const ends: number[] = [];
  return extents.map(([from, to]) => {
    let row = ends.findIndex((end) => end + gap <= from);
    if (row === -1) row = ends.push(to) - 1;
    else ends[row] = to;
    return row;
  });
}
