// TempEval-3 Task A scoring, as described in shared/data/tempeval3/SOURCE.md: a system timex that
// overlaps a gold one is a relaxed match (one-to-one), identical extent makes it strict; value and type
// accuracy are measured on relaxed matches, and value F1 = relaxed F1 × value accuracy. Micro-averaged.

export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexCounts {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  value: number;
  type: number;
}

export interface TimexFigures {
  strictF1: number;
  relaxedF1: number;
  relaxedP: number;
  relaxedR: number;
  valueF1: number;
  typeAccuracy: number;
  valueAccuracy: number;
}

export const emptyCounts = (): TimexCounts => ({
  gold: 0,
  system: 0,
  relaxed: 0,
  strict: 0,
  value: 0,
  type: 0,
});

/** Adds one document's matches to the running counts; returns the relaxed pairs for error analysis. */
export function countDoc(
  counts: TimexCounts,
  gold: readonly ScoredTimex[],
  sys: readonly ScoredTimex[],
): [ScoredTimex, ScoredTimex][] {
  counts.gold += gold.length;
  counts.system += sys.length;
  const used = new Set<number>();
  const pairs: [ScoredTimex, ScoredTimex][] = [];
  for (const g of gold) {
    const i = sys.findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end);
    if (i < 0) continue;
    used.add(i);
    const s = sys[i];
    pairs.push([g, s]);
    counts.relaxed++;
    if (s.start === g.start && s.end === g.end) counts.strict++;
    if (s.value === g.value) counts.value++;
    if (s.type === g.type) counts.type++;
  }
  return pairs;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function figures(c: TimexCounts): TimexFigures {
  const rp = c.system ? c.relaxed / c.system : 0;
  const rr = c.gold ? c.relaxed / c.gold : 0;
  const sp = c.system ? c.strict / c.system : 0;
  const sr = c.gold ? c.strict / c.gold : 0;
  const relaxedF1 = f1(rp, rr);
  const valueAccuracy = c.relaxed ? c.value / c.relaxed : 0;
  return {
    strictF1: f1(sp, sr),
    relaxedF1,
    relaxedP: rp,
    relaxedR: rr,
    valueF1: relaxedF1 * valueAccuracy,
    typeAccuracy: c.relaxed ? c.type / c.relaxed : 0,
    valueAccuracy,
  };
}
