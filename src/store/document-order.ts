// The order documents were added in, as a rank per document id. Corpus items list by id, which says
// nothing about age; a corpus stage that holds only its most recent items (a memory cap) ranks what it
// loads by its latest document so that the items it keeps are those it would have kept running all along.
import type { Store } from './store.js';

const PAGE = 1000;

/** Each stored document's id to its place in the order of adding (0 for the first). */
export async function documentOrder(store: Store): Promise<Map<string, number>> {
  const rank = new Map<string, number>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ limit: PAGE, offset });
    for (const d of page) rank.set(d.id, rank.size);
    if (page.length < PAGE) return rank;
  }
}

/** The latest rank among `docIds` (-1 when none is known). */
export function latestRank(rank: ReadonlyMap<string, number>, docIds: readonly string[]): number {
  let r = -1;
  for (const id of docIds) r = Math.max(r, rank.get(id) ?? -1);
  return r;
}
