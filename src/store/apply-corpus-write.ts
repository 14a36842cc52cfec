// A corpus write applied on its own (outside a document's transaction), with its conflict rule,
// merge and link mode kept: what a stage planned is what gets stored, whichever way it is committed.
import type { CorpusWrite, Store } from './store.js';

export function applyCorpusWrite(store: Store, w: CorpusWrite): Promise<string[]> {
  return w.merge
    ? store.mergeCorpusItems(w.kind, w.items, w.merge, w.links)
    : store.putCorpusItems(w.kind, w.items, w.onConflict, w.links);
}
