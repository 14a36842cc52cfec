// Fills a store with the synthetic articles and the corpus items their analysis would have written, or reuses
// one that a previous run filled (the benchmark's own marker item says it is complete).
import { DossierError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { type StoredArticle, syntheticCorpus } from './synthetic-corpus.js';
import { syntheticArticles } from './synthetic-docs.js';

const MARK_KIND = 'bench-api';
const CHUNK = 500;
/** Raised when the generated corpus changes shape, so an older benchmark store is not reused. */
const SHAPE = 2;

export async function fillBenchStore(
  store: Store,
  count: number,
  progress: (line: string) => void,
): Promise<'built' | 'reused'> {
  const mark = await store.getCorpusItem<{ count: number; shape?: number }>(MARK_KIND, 'generated');
  if (mark && mark.data.count === count && mark.data.shape === SHAPE) return 'reused';
  if ((await store.countDocuments()) > 0)
    throw new DossierError(
      'BAD_REQUEST',
      `the store holds documents but not this benchmark's current corpus (${count} articles, shape ${SHAPE}); give a new --store path`,
    );
  const stored: StoredArticle[] = [];
  const t0 = performance.now();
  for (const { doc, facts } of syntheticArticles(count)) {
    const r = await store.addDocument(doc);
    stored.push({ id: r.id, text: doc.text, outlet: doc.meta.outlet, published: doc.meta.published, facts });
    if (stored.length % 1000 === 0) progress(`${stored.length} articles stored`);
  }
  for (const [kind, items] of syntheticCorpus(stored)) {
    for (let i = 0; i < items.length; i += CHUNK) await store.putCorpusItems(kind, items.slice(i, i + CHUNK));
    progress(`${items.length} ${kind} items stored`);
  }
  await store.putCorpusItems(MARK_KIND, [{ id: 'generated', data: { count, shape: SHAPE } }]);
  progress(`store filled in ${Math.round((performance.now() - t0) / 1000)} s`);
  return 'built';
}
