// What the web timeline needs to draw one lane per actor or per source: each item's actors resolved to
// entities (so "US", "U.S." and "United States" are one lane) and the sources its evidence comes from, with
// the documents of each. Added beside the item's own fields; the timeline stage itself stays unaware of it.

import type { Entity } from '../resolve/entity.js';
import { nameKey } from '../resolve/name-key.js';
import type { DocSummary } from '../store/store.js';
import type { TimelineItem } from '../time/timeline-types.js';
import { sourceOf } from './doc-sources.js';

/** Entity types that act; places and events named in a sentence are not lanes of actors. */
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

export interface LaneFields {
  /** Resolved actors (id null when no entity stage has run and the name is the text's own). */
  actorEntities: { id: string | null; name: string }[];
  sources: { key: string; name: string; docIds: string[] }[];
}

export function actorResolver(
  entities: readonly Entity[],
): (names: readonly string[]) => LaneFields['actorEntities'] {
  const byKey = new Map<string, Entity>();
  // An entity's own name wins over another entity's alias ("Moscow" the city, not an alias of Russia).
  for (const e of entities) byKey.set(nameKey(e.name), e);
  for (const e of entities) for (const a of e.aliases) if (!byKey.has(nameKey(a))) byKey.set(nameKey(a), e);
  return (names) => {
    if (entities.length === 0) return [...new Set(names)].map((name) => ({ id: null, name }));
    const found = new Map<string, { id: string; name: string }>();
    for (const n of names) {
      const e = byKey.get(nameKey(n));
      if (e && ACTOR_TYPES.has(e.type)) found.set(e.id, { id: e.id, name: e.name });
    }
    return [...found.values()];
  };
}

export function withLanes<T extends TimelineItem>(
  items: readonly T[],
  entities: readonly Entity[],
  docs: readonly DocSummary[],
): (T & LaneFields)[] {
  const resolve = actorResolver(entities);
  const byId = new Map(docs.map((d) => [d.id, d]));
  return items.map((item) => {
    const sources = new Map<string, LaneFields['sources'][number]>();
    for (const id of item.docs) {
      const d = byId.get(id);
      const s = d ? sourceOf(d) : { key: `doc:${id}`, name: `${id} (no outlet)` };
      const row = sources.get(s.key) ?? { ...s, docIds: [] };
      row.docIds.push(id);
      sources.set(s.key, row);
    }
    return { ...item, actorEntities: resolve(item.actors), sources: [...sources.values()] };
  });
}
