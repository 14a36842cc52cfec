// Trains the entity tagger on a CoNLL file: builds the feature dictionary, runs averaged
// structured-perceptron epochs over shuffled documents (prediction history from the model's own
// output, as at run time), picks the epoch that scores best on the dev file, and saves it.
import { readFileSync } from 'node:fs';
import { type ConllDoc, readConll } from './conll.js';
import { docContext, remember, toTitleCase } from './ner-context.js';
import { FeatureExtractor } from './ner-features.js';
import { bilouToSpans, iobToSpans, spansToBilou } from './ner-labels.js';
import { type NerModel, saveNerModel } from './ner-model.js';
import { tagDocument } from './ner-tagger.js';
import { type LinearModel, PerceptronTrainer } from './perceptron.js';
import { type Scored, type SpanScore, scoreSpans } from './span-score.js';

export interface TrainOptions {
  data: string;
  dev?: string;
  out: string;
  epochs?: number;
  seed?: number;
  log?: (line: string) => void;
}

export function scoreConll(docs: readonly ConllDoc[], model: NerModel): SpanScore {
  const gold: Scored[] = [];
  const pred: Scored[] = [];
  docs.forEach((doc, d) => {
    const tagged = tagDocument(
      doc.sentences.map((s) => s.words),
      model,
    );
    doc.sentences.forEach((s, i) => {
      for (const g of iobToSpans(s.tags)) gold.push({ key: `${d}:${i}:${g.start}:${g.end}`, type: g.type });
      for (const p of tagged[i]) pred.push({ key: `${d}:${i}:${p.start}:${p.end}`, type: p.type });
    });
  });
  return scoreSpans(gold, pred);
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Puts a title-cased copy of each document's first long sentence at its top, as a headline would
 * stand: CoNLL has capitalised headlines but no title case, which news pages are full of.
 */
function withHeadlines(docs: ConllDoc[]): ConllDoc[] {
  return docs.map((doc) => {
    const src = doc.sentences.find((s) => s.words.length >= 6 && s.words.some((w) => /^\p{Ll}/u.test(w)));
    if (!src) return doc;
    return { sentences: [{ ...src, words: toTitleCase(src.words) }, ...doc.sentences] };
  });
}

export function trainNer(opts: TrainOptions): SpanScore | null {
  const log = opts.log ?? ((l: string) => console.error(l));
  const train = withHeadlines(readConll(readFileSync(opts.data, 'utf8')));
  const dev = opts.dev ? readConll(readFileSync(opts.dev, 'utf8')) : null;
  const names: string[] = [];
  const dict = new Map<string, number>();
  const grow = new FeatureExtractor((name) => {
    let i = dict.get(name);
    if (i === undefined) {
      i = names.length;
      dict.set(name, i);
      names.push(name);
    }
    return i;
  });
  const gold = train.map((doc) => doc.sentences.map((s) => spansToBilou(s.words.length, iobToSpans(s.tags))));
  for (const [d, doc] of train.entries()) {
    const ctx = docContext(doc.sentences.map((s) => s.words));
    doc.sentences.forEach((s, i) => {
      grow.sentence(s.words, ctx);
      remember(ctx, s.words, bilouToSpans(gold[d][i]));
    });
  }
  log(`features: ${names.length}`);
  const x = new FeatureExtractor((name) => dict.get(name) ?? -1);
  const trainer = new PerceptronTrainer(names.length);
  const rand = rng(opts.seed ?? 1);
  const order = train.map((_, i) => i);
  let best: { f1: number; model: LinearModel; epoch: number; score: SpanScore | null } | null = null;
  const epochs = opts.epochs ?? 12;
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const t0 = Date.now();
    for (const d of order) {
      const doc = train[d];
      const ctx = docContext(doc.sentences.map((s) => s.words));
      doc.sentences.forEach((s, i) => {
        const pred = trainer.learn(x.sentence(s.words, ctx), gold[d][i]);
        remember(ctx, s.words, bilouToSpans(pred));
      });
    }
    const avg = trainer.averaged();
    const score = dev ? scoreConll(dev, { ...avg, features: dict, meta: {} }) : null;
    const f1 = score ? score.overall.f1 : e;
    log(
      `epoch ${e}: ${((Date.now() - t0) / 1000).toFixed(1)} s${score ? `, dev F1 ${(100 * f1).toFixed(2)}` : ''}`,
    );
    if (!best || f1 > best.f1) best = { f1, model: avg, epoch: e, score };
  }
  if (!best) return null;
  const kept = saveNerModel(opts.out, names, best.model, {
    trainedOn: opts.data,
    epoch: best.epoch,
    devF1: best.score ? Number((100 * best.score.overall.f1).toFixed(2)) : null,
  });
  log(`saved ${opts.out}: epoch ${best.epoch}, ${kept} features kept`);
  return best.score;
}
