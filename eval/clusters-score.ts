// Scores a predicted document clustering against gold labels: BCubed and pairwise P/R/F1, the
// adjusted Rand index, NMI, cluster counts, and for ECB+-style data whether each topic's two
// stories were kept apart (the hard case: same kind of event, different event).

export interface ClusterScores {
  bcubed: PRF;
  pairwise: PRF;
  ari: number;
  nmi: number;
  predictedClusters: number;
  goldClusters: number;
  /** Share of topics whose gold stories end up with no predicted cluster in common (null without topics). */
  topicsKeptApart: number | null;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pairs = (n: number) => (n * (n - 1)) / 2;

function countBy<T>(xs: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** `gold` and `pred` map every document id to a cluster label; `topic` optionally to its topic. */
export function scoreClusters(
  gold: ReadonlyMap<string, string>,
  pred: ReadonlyMap<string, string>,
  topic?: ReadonlyMap<string, string>,
): ClusterScores {
  const ids = [...gold.keys()];
  const cell = countBy(ids.map((id) => `${gold.get(id)}\u0000${pred.get(id)}`));
  const goldSize = countBy(ids.map((id) => gold.get(id)!));
  const predSize = countBy(ids.map((id) => pred.get(id)!));
  let bp = 0;
  let br = 0;
  for (const id of ids) {
    const both = cell.get(`${gold.get(id)}\u0000${pred.get(id)}`)!;
    bp += both / predSize.get(pred.get(id)!)!;
    br += both / goldSize.get(gold.get(id)!)!;
  }
  bp /= ids.length;
  br /= ids.length;
  const tp = [...cell.values()].reduce((s, n) => s + pairs(n), 0);
  const predPairs = [...predSize.values()].reduce((s, n) => s + pairs(n), 0);
  const goldPairs = [...goldSize.values()].reduce((s, n) => s + pairs(n), 0);
  const pp = predPairs ? tp / predPairs : 1;
  const pr = goldPairs ? tp / goldPairs : 1;
  const expected = (predPairs * goldPairs) / pairs(ids.length);
  const ari = (tp - expected) / ((predPairs + goldPairs) / 2 - expected);
  return {
    bcubed: { p: bp, r: br, f1: f1(bp, br) },
    pairwise: { p: pp, r: pr, f1: f1(pp, pr) },
    ari,
    nmi: nmi(ids.length, cell, goldSize, predSize),
    predictedClusters: predSize.size,
    goldClusters: goldSize.size,
    topicsKeptApart: topic ? keptApart(ids, gold, pred, topic) : null,
  };
}

function entropy(sizes: Map<string, number>, n: number): number {
  let h = 0;
  for (const c of sizes.values()) h -= (c / n) * Math.log(c / n);
  return h;
}

function nmi(
  n: number,
  cell: Map<string, number>,
  gold: Map<string, number>,
  pred: Map<string, number>,
): number {
  let mi = 0;
  for (const [key, c] of cell) {
    const [g, p] = key.split('\u0000');
    mi += (c / n) * Math.log((c * n) / (gold.get(g)! * pred.get(p)!));
  }
  const h = (entropy(gold, n) + entropy(pred, n)) / 2;
  return h === 0 ? 1 : mi / h;
}

function keptApart(
  ids: string[],
  gold: ReadonlyMap<string, string>,
  pred: ReadonlyMap<string, string>,
  topic: ReadonlyMap<string, string>,
): number {
  const byTopic = new Map<string, Map<string, Set<string>>>();
  for (const id of ids) {
    const t = topic.get(id)!;
    if (!byTopic.has(t)) byTopic.set(t, new Map());
    const g = byTopic.get(t)!;
    if (!g.has(gold.get(id)!)) g.set(gold.get(id)!, new Set());
    g.get(gold.get(id)!)!.add(pred.get(id)!);
  }
  let apart = 0;
  for (const stories of byTopic.values()) {
    const sets = [...stories.values()];
    const shared = sets.some((a, i) => sets.slice(i + 1).some((b) => [...a].some((x) => b.has(x))));
    if (!shared) apart++;
  }
  return apart / byTopic.size;
}
