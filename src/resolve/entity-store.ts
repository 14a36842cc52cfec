// Entities as stored: one row per entity (names, roles, merges — what grows with its aliases, not with
// the corpus), linked to every document that mentions it, and one row per document with how often
// it mentions each entity. A country named by thousands of articles is then never rewritten with
// thousands of counts; readers get `mentions` per document back as before.
import type { CorpusItem, CorpusWrite, Store } from '../store/store.js';
import type { Entity } from './entity.js';
import { mergeEntityItems } from './merge-entities.js';

export const ENTITY_KIND = 'entity';
export const ENTITY_MENTIONS_KIND = 'entity-mentions';

/**
 * One document's writes: the entities it touched and its counts. Entities whose names, roles or merges
 * changed (`changed`; all of them when not given) are merged into their stored rows; the others only
 * gain a link to the document (inserted whole if no row exists yet), so a hub entity named by every
 * article costs a link, not a read, merge and rewrite of its row.
 */
export function entityWrites(
  docId: string,
  entities: ReadonlyMap<string, Entity>,
  changed?: ReadonlySet<string>,
): CorpusWrite[] {
  const counts: Record<string, number> = {};
  const merged: CorpusItem[] = [];
  const linked: CorpusItem[] = [];
  for (const [id, entity] of entities) {
    counts[id] = entity.mentions[docId] ?? 0;
    const item = { id, data: { ...entity, mentions: {} }, docIds: [docId] };
    (!changed || changed.has(id) ? merged : linked).push(item);
  }
  return [
    { kind: ENTITY_KIND, items: merged, merge: mergeEntityItems, links: 'add' },
    { kind: ENTITY_KIND, items: linked, onConflict: 'keep', links: 'add' },
    { kind: ENTITY_MENTIONS_KIND, items: [{ id: docId, data: counts, docIds: [docId] }] },
  ];
}

/** Every stored entity with its mention count per document (rows from before the split keep theirs). */
export async function loadStoredEntities(store: Store): Promise<Entity[]> {
  const entities = (await store.listCorpusItems<Entity>(ENTITY_KIND)).map((i) => i.data);
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const row of await store.listCorpusItems<Record<string, number>>(ENTITY_MENTIONS_KIND))
    for (const [id, n] of Object.entries(row.data)) {
      const e = byId.get(id);
      if (e) e.mentions[row.id] = Math.max(e.mentions[row.id] ?? 0, n);
    }
  return entities;
}

/** Every stored entity without its per-document counts: what resolving new documents needs. */
export async function loadEntityHeaders(store: Store): Promise<Entity[]> {
  return (await store.listCorpusItems<Entity>(ENTITY_KIND)).map((i) => ({ ...i.data, mentions: {} }));
}
