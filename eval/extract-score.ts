// The article-extraction benchmark's metric (Zyte's, as described in the data's SOURCE.md): 4-token
// shingles compared as multisets per page; precision and recall averaged over pages; F1 of the means.

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
  predShingles: number;
  goldShingles: number;
  exact: boolean;
}

export interface ExtractScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export function shingles(toks: readonly string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (toks.length === 0) return out;
  const add = (k: string) => out.set(k, (out.get(k) ?? 0) + 1);
  if (toks.length <= n) {
    add(toks.join('\u0001'));
    return out;
  }
  for (let i = 0; i + n <= toks.length; i++) add(toks.slice(i, i + n).join('\u0001'));
  return out;
}

export function comparePage(gold: string, pred: string): PageCounts {
  const gt = tokens(gold);
  const pt = tokens(pred);
  const g = shingles(gt);
  const p = shingles(pt);
  let tp = 0;
  let predTotal = 0;
  let goldTotal = 0;
  for (const [k, c] of p) {
    predTotal += c;
    tp += Math.min(c, g.get(k) ?? 0);
  }
  for (const c of g.values()) goldTotal += c;
  return {
    tp,
    fp: predTotal - tp,
    fn: goldTotal - tp,
    predShingles: predTotal,
    goldShingles: goldTotal,
    exact: gt.length === pt.length && gt.every((t, i) => t === pt[i]),
  };
}

/** Page precision/recall as SOURCE.md defines them (counts normalised per page, 1 when no errors). */
export function pagePR(c: PageCounts): { precision: number; recall: number } {
  if (c.fp === 0 && c.fn === 0) return { precision: 1, recall: 1 };
  return {
    precision: c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn),
  };
}

export function scorePages(pages: readonly PageCounts[]): ExtractScore {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let exact = 0;
  for (const c of pages) {
    const { precision, recall } = pagePR(c);
    if (c.predShingles > 0) {
      pSum += precision;
      pN++;
    }
    if (c.goldShingles > 0) {
      rSum += recall;
      rN++;
    }
    if (c.exact) exact++;
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: pages.length ? exact / pages.length : 0, pages: pages.length };
}
