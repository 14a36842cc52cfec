// Entity-level exact-match precision/recall/F1, micro over all types and per type (what conlleval
// reports). Shared by training (model selection on dev) and eval/ner.ts.

export interface Scored {
  type: string;
  key: string;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanScore {
  overall: PRF;
  byType: Record<string, PRF>;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** `gold` and `pred` are spans with a unique position key (e.g. "sent:start:end") and a type. */
export function scoreSpans(gold: readonly Scored[], pred: readonly Scored[]): SpanScore {
  const goldKeys = new Map(gold.map((g) => [`${g.key}|${g.type}`, g.type]));
  const counts = new Map<string, [number, number, number]>();
  const bump = (t: string, k: 0 | 1 | 2) => {
    const c = counts.get(t) ?? [0, 0, 0];
    c[k]++;
    counts.set(t, c);
  };
  const predKeys = new Set<string>();
  for (const p of pred) {
    const k = `${p.key}|${p.type}`;
    predKeys.add(k);
    bump(p.type, goldKeys.has(k) ? 0 : 1);
  }
  for (const [k, t] of goldKeys) if (!predKeys.has(k)) bump(t, 2);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byType: Record<string, PRF> = {};
  for (const [t, [a, b, c]] of [...counts].sort(([x], [y]) => x.localeCompare(y))) {
    byType[t] = prf(a, b, c);
    tp += a;
    fp += b;
    fn += c;
  }
  return { overall: prf(tp, fp, fn), byType };
}
