// `dossier eval clusters`: clusters a benchmark's documents with Dossier's story clusterer (one
// document at a time, as ingestion does) and with a plain TF-IDF cosine single-pass baseline, and
// scores both against the gold stories. IDF is either fitted on the whole collection first ('batch',
// as after a full ingest) or learnt as documents arrive ('stream', what the corpus stage sees
// during a first ingest). Single-pass depends on order, so seeded shuffles can be averaged.
import { StoryClusterer, type StoryOptions, storyFeatures } from '../src/stories/index.js';
import { annotate, type ClusterDoc, readClusterData } from './clusters-data.js';
import { type ClusterScores, scoreClusters } from './clusters-score.js';

export interface ClusterRun {
  name: string;
  order: string;
  scores: ClusterScores;
}

export interface ClusterEvalOptions {
  idf: 'batch' | 'stream';
  /** Besides the file order, the mean over this many seeded shuffles (0: file order only). */
  shuffles: number;
  variants: Record<string, Partial<StoryOptions>>;
}

/** Words only, one cosine against story centroids, no merging: the textbook single-pass baseline. */
export const baselineOptions: Partial<StoryOptions> = {
  weights: { w: 1, p: 0, e: 0, d: 0 },
  combine: 'concat',
  mergeThreshold: null,
  threshold: 0.25,
};

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  let s = seed;
  const rnd = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  return xs
    .map((x) => [rnd(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map((p) => p[1]);
}

function cluster(
  docs: readonly ClusterDoc[],
  features: Map<string, Map<string, number>>,
  options: Partial<StoryOptions>,
  idf: ClusterEvalOptions['idf'],
) {
  const clusterer = new StoryClusterer(options);
  if (idf === 'batch') for (const d of docs) clusterer.observe(features.get(d.id)!);
  for (const d of docs) clusterer.add(d.id, features.get(d.id)!, null, idf === 'stream');
  const pred = new Map<string, string>();
  for (const [story, members] of clusterer.clusters()) for (const m of members) pred.set(m, story);
  return pred;
}

function mean(all: ClusterScores[]): ClusterScores {
  const avg = (f: (s: ClusterScores) => number) => all.reduce((t, s) => t + f(s), 0) / all.length;
  const prf = (g: (s: ClusterScores) => { p: number; r: number; f1: number }) => ({
    p: avg((s) => g(s).p),
    r: avg((s) => g(s).r),
    f1: avg((s) => g(s).f1),
  });
  return {
    bcubed: prf((s) => s.bcubed),
    pairwise: prf((s) => s.pairwise),
    ari: avg((s) => s.ari),
    nmi: avg((s) => s.nmi),
    predictedClusters: Math.round(avg((s) => s.predictedClusters)),
    goldClusters: all[0].goldClusters,
    topicsKeptApart: all[0].topicsKeptApart === null ? null : avg((s) => s.topicsKeptApart ?? 0),
  };
}

export function runClusterEval(dir: string, options: Partial<ClusterEvalOptions> = {}): ClusterRun[] {
  const { idf = 'batch', shuffles = 0, variants = {} } = options;
  const docs = annotate(readClusterData(dir));
  const features = new Map(docs.map((d) => [d.id, storyFeatures(d.input)]));
  const gold = new Map(docs.map((d) => [d.id, d.gold]));
  const topic = new Map(docs.map((d) => [d.id, d.topic]));
  const systems: Record<string, Partial<StoryOptions>> = {
    'tf-idf baseline': baselineOptions,
    dossier: {},
    ...variants,
  };
  const runs: ClusterRun[] = [];
  for (const [name, opts] of Object.entries(systems)) {
    runs.push({
      name,
      order: 'file',
      scores: scoreClusters(gold, cluster(docs, features, opts, idf), topic),
    });
    if (shuffles > 0) {
      const all = Array.from({ length: shuffles }, (_, k) =>
        scoreClusters(gold, cluster(shuffle(docs, k + 1), features, opts, idf), topic),
      );
      runs.push({ name, order: `shuffled x${shuffles}`, scores: mean(all) });
    }
  }
  return runs;
}
