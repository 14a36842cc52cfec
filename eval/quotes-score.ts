// Scores predicted quotes against PolNeAR attributions, as its SOURCE.md describes: span P/R/F1 per
// role (Source, Cue, Content; exact = same boundaries, begin = same first token), quote-level P/R/F1
// at a coverage threshold with one-to-one matching, and speaker accuracy on matched quotes (the
// predicted source span overlaps the gold one). A discontinuous span is compared by its extent.
import { tokenize } from '../src/nlp/index.js';
import type { GoldAttribution, Range } from './quotes-data.js';

export interface PredictedQuote {
  content: Range[];
  source: Range | null;
  cue: Range | null;
}

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, pred: 0, gold: 0 });

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Start and end of a span's extent with surrounding white space trimmed. */
function extent(text: string, frags: readonly Range[]): Range {
  let start = Math.min(...frags.map((f) => f.start));
  let end = Math.max(...frags.map((f) => f.end));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function uniqueSpans(text: string, spans: readonly (readonly Range[] | null)[]): Range[] {
  const seen = new Map<string, Range>();
  for (const s of spans) {
    if (!s) continue;
    const x = extent(text, s);
    seen.set(`${x.start}:${x.end}`, x);
  }
  return [...seen.values()];
}

/** Counts one-to-one matches between two span lists under a key (exact boundaries or first token). */
function matchBy(gold: Range[], pred: Range[], key: (r: Range) => string): number {
  const pool = new Map<string, number>();
  for (const p of pred) pool.set(key(p), (pool.get(key(p)) ?? 0) + 1);
  let tp = 0;
  for (const g of gold) {
    const n = pool.get(key(g)) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(key(g), n - 1);
    }
  }
  return tp;
}

export type Role = 'source' | 'cue' | 'content';

export interface DocScore {
  exact: Record<Role, Counts>;
  begin: Record<Role, Counts>;
  quote: Record<'0.3' | '0.8', Counts>;
  speaker: { correct: number; total: number };
  byMark: Record<'marked' | 'unmarked', { matched: number; gold: number }>;
}

export function scoreDoc(
  text: string,
  gold: readonly GoldAttribution[],
  pred: readonly PredictedQuote[],
): DocScore {
  const toks = tokenize(text);
  const tokenIndex = (at: number): number => {
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].end <= at) lo = mid + 1;
      else hi = mid - 1;
    }
    return lo;
  };
  const exact = {} as Record<Role, Counts>;
  const begin = {} as Record<Role, Counts>;
  for (const role of ['source', 'cue', 'content'] as const) {
    const g = uniqueSpans(
      text,
      gold.map((a) => a[role]),
    );
    const p = uniqueSpans(
      text,
      pred.map((q) => (role === 'content' ? q.content : q[role] ? [q[role] as Range] : null)),
    );
    exact[role] = { tp: matchBy(g, p, (r) => `${r.start}:${r.end}`), pred: p.length, gold: g.length };
    begin[role] = { tp: matchBy(g, p, (r) => String(tokenIndex(r.start))), pred: p.length, gold: g.length };
  }
  const withContent = gold.filter((a) => a.content);
  const quote = { '0.3': emptyCounts(), '0.8': emptyCounts() };
  const speaker = { correct: 0, total: 0 };
  const byMark = { marked: { matched: 0, gold: 0 }, unmarked: { matched: 0, gold: 0 } };
  for (const t of ['0.3', '0.8'] as const) {
    const pairs = matchQuotes(withContent, pred, Number(t));
    quote[t] = { tp: pairs.length, pred: pred.length, gold: withContent.length };
    if (t !== '0.3') continue;
    const matchedGold = new Set(pairs.map(([g]) => g));
    withContent.forEach((a, i) => {
      const marked = /["“”„«»]|''/.test(a.content!.map((f) => text.slice(f.start, f.end)).join(' '));
      const bucket = marked ? byMark.marked : byMark.unmarked;
      bucket.gold++;
      if (matchedGold.has(i)) bucket.matched++;
    });
    for (const [gi, pi] of pairs) {
      const gs = withContent[gi].source;
      if (!gs) continue;
      speaker.total++;
      const ps = pred[pi].source;
      if (ps && gs.some((f) => f.start < ps.end && ps.start < f.end)) speaker.correct++;
    }
  }
  return { exact, begin, quote, speaker, byMark };
}

function overlap(a: readonly Range[], b: readonly Range[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** One-to-one matches [gold index, pred index] where the prediction covers ≥ t of the gold quote. */
function matchQuotes(
  gold: readonly GoldAttribution[],
  pred: readonly PredictedQuote[],
  t: number,
): [number, number][] {
  const cands: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    const len = g.content!.reduce((n, f) => n + f.end - f.start, 0) || 1;
    pred.forEach((p, pi) => {
      const cov = overlap(g.content!, p.content) / len;
      if (cov >= t) cands.push([cov, gi, pi]);
    });
  });
  cands.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const [, gi, pi] of cands) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    out.push([gi, pi]);
  }
  return out;
}
