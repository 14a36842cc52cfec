// When the stored claims are more than the claim stage may hold (held-claims.ts), the ones it keeps
// on loading should be those touched most recently, as if it had run all along: the claims are put
// in the order of their latest document (documents list in the order they were added), so loading
// them in turn lets the oldest go first. Under the budget the stored order is kept as it is.
import type { Store } from '../store/store.js';

const PAGE = 1000;

export async function recentLast<T>(
  store: Store,
  claims: T[],
  maxWordings: number,
  /** The most wordings a claim may hold, and the documents it is in. */
  weight: (c: T) => number,
  docsOf: (c: T) => Iterable<string>,
): Promise<T[]> {
  let total = 0;
  for (const c of claims) total += weight(c);
  if (total <= maxWordings) return claims;
  const rank = new Map<string, number>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ limit: PAGE, offset });
    for (const d of page) rank.set(d.id, rank.size);
    if (page.length < PAGE) break;
  }
  const latest = (c: T) => {
    let r = -1;
    for (const d of docsOf(c)) r = Math.max(r, rank.get(d) ?? -1);
    return r;
  };
  return claims
    .map((c) => ({ c, r: latest(c) }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.c);
}
