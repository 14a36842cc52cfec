// Entities as stored: one row per entity (names, roles, merges — what grows with its aliases, not with
// the corpus), linked to every document that mentions it, and one row per document with how often
// it mentions each entity. A country named by thousands of articles is then never rewritten with
// thousands of counts; readers get `mentions` per document back as before.
import type { CorpusWrite, Store } from '../store/store.js';
import type { Entity } from './entity.js';
import { mergeEntityItems } from './merge-entities.js';

export const ENTITY_KIND = 'entity';
export const ENTITY_MENTIONS_KIND = 'entity-mentions';

/** One document's writes: the entities it touched (merged into their stored rows) and its counts. */
export function entityWrites(docId: string, entities: ReadonlyMap<string, Entity>): CorpusWrite[] {
  const counts: Record<string, number> = {};
  const items = [...entities].map(([id, entity]) => {
    counts[id] = entity.mentions[docId] ?? 0;
    return { id, data: { ...entity, mentions: {} }, docIds: [docId] };
  });
  return [
    { kind: ENTITY_KIND, items, merge: mergeEntityItems, links: 'add' },
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
