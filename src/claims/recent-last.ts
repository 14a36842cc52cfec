// When the stored claims are more than the claim stage may hold (held-claims.ts), the ones it keeps
// on loading should be those touched most recently, as if it had run all along: the claims are put
// in the order of their latest document (documents list in the order they were added), so loading
// them in turn lets the oldest go first. Under the budget the stored order is kept as it is.
import type { Store } from '../store/store.js';
import type { StoredClaim } from './claim-types.js';

const PAGE = 1000;

export async function recentLast(
  store: Store,
  claims: StoredClaim[],
  maxWordings: number,
): Promise<StoredClaim[]> {
  // A claim holds at most one wording per mention: under the budget nothing is let go.
  let mentions = 0;
  for (const c of claims) mentions += c.mentions.length;
  if (mentions <= maxWordings) return claims;
  const rank = new Map<string, number>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ limit: PAGE, offset });
    for (const d of page) rank.set(d.id, rank.size);
    if (page.length < PAGE) break;
  }
  const latest = (c: StoredClaim) => {
    let r = -1;
    for (const m of c.mentions) r = Math.max(r, rank.get(m.docId) ?? -1);
    return r;
  };
  return claims
    .map((c) => ({ c, r: latest(c) }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.c);
}
