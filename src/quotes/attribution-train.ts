// Trains the two-stage attribution tagger on PolNeAR: documents of the official train split only
// (the official dev split stays for scoring). For each stage a tenth of the documents, picked by a
// hash of the id, is held out to choose the number of epochs, then the stage is retrained on all
// of them. The second stage reads the first stage's output, so on training documents that output
// comes from models trained on the other folds (jackknifing), as unseen text would get it.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities } from '../nlp/entities.js';
import type { SentenceFeatures } from '../nlp/ner-features.js';
import { saveNerModel } from '../nlp/ner-model.js';
import { type LinearModel, PerceptronTrainer, scoreTokens, viterbi } from '../nlp/perceptron.js';
import { buildContext, type TokenContext, withPrior } from './attribution-context.js';
import { AttributionFeatures } from './attribution-features.js';
import { QUOTES_MODEL_FILES } from './attribution-model.js';
import { labelsToRoles, type Role, type RoleSpan, rolesToLabels } from './attribution-roles.js';
import { type GoldDoc, readPolnear } from './polnear.js';
import { findFrames } from './quote-finder.js';
import { buildView } from './token-view.js';

export interface TrainQuotesOptions {
  data: string;
  out: string;
  epochs?: number;
  seed?: number;
  log?: (line: string) => void;
}

interface Example {
  doc: number;
  sf: SentenceFeatures;
  gold: number[];
}

/** Gold role spans as token ranges, one per fragment; a token already given a role keeps it. */
export function goldRoles(ctx: TokenContext, doc: GoldDoc): RoleSpan[] {
  const toks = ctx.v.toks;
  const taken = new Uint8Array(toks.length);
  const out: RoleSpan[] = [];
  const first = (at: number) => {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const a of doc.attributions) {
    for (const role of ['source', 'cue', 'content'] as Role[]) {
      for (const f of a[role] ?? []) {
        const s = first(f.start);
        let e = s;
        while (e < toks.length && toks[e].start < f.end) e++;
        if (e === s) continue;
        let free = true;
        for (let i = s; i < e && free; i++) free = !taken[i];
        if (!free) continue;
        taken.fill(1, s, e);
        out.push({ s, e, role });
      }
    }
  }
  return out.sort((x, y) => x.s - y.s);
}

interface Prepared {
  ctx: TokenContext;
  gold: RoleSpan[];
  /** Held out for choosing the number of epochs. */
  held: boolean;
  /** Jackknife fold for the first stage's predictions on training documents. */
  fold: number;
}

const FOLDS = 4;
/** Weights below this share of the largest are dropped when saving: a tenth of the file, same figures. */
const MIN_WEIGHT = 0.02;

function prepare(doc: GoldDoc): Prepared {
  const v = buildView(doc.text);
  const { frames, cues } = findFrames(v);
  const entities = findEntities(doc.text, { tokens: v.toks }).map((m) => ({
    start: m.start,
    end: m.end,
    label: m.type,
  }));
  const ctx = buildContext(v, frames, cues, entities);
  const h = createHash('sha256').update(doc.id).digest();
  return { ctx, gold: goldRoles(ctx, doc), held: h[0] % 10 === 0, fold: h[1] % FOLDS };
}

/** A document's segments as examples: features and gold labels (spans cut at segment ends). */
function examples(ctx: TokenContext, gold: readonly RoleSpan[], x: AttributionFeatures): Example[] {
  return ctx.segments.map((seg) => {
    const mine = gold
      .filter((g) => g.s < seg.e && g.e > seg.s)
      .map((g) => ({ s: Math.max(g.s, seg.s) - seg.s, e: Math.min(g.e, seg.e) - seg.s, role: g.role }));
    return { doc: -1, sf: x.segment(ctx, seg), gold: rolesToLabels(seg.e - seg.s, mine) };
  });
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function train(
  data: readonly Example[],
  numFeatures: number,
  epochs: number,
  seed: number,
  each?: (e: number, m: LinearModel) => void,
): LinearModel {
  const trainer = new PerceptronTrainer(numFeatures);
  const rand = rng(seed);
  const order = data.map((_, i) => i);
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) trainer.learn(data[k].sf, data[k].gold);
    each?.(e, trainer.averaged());
  }
  return trainer.averaged();
}

function predict(model: LinearModel, ex: Example): number[] {
  return viterbi(model, scoreTokens(model, ex.sf), ex.gold.length, false);
}

/** Micro F1 of exact role spans (the epoch criterion). */
function spanF1(model: LinearModel, data: readonly Example[]): number {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const ex of data) {
    const p = labelsToRoles(predict(model, ex));
    const g = labelsToRoles(ex.gold);
    const keys = new Set(g.map((x) => `${x.s}:${x.e}:${x.role}`));
    for (const x of p) if (keys.has(`${x.s}:${x.e}:${x.role}`)) tp++;
    pred += p.length;
    gold += g.length;
  }
  return pred + gold ? (2 * tp) / (pred + gold) : 0;
}

interface Stage {
  names: string[];
  /** Examples per document. */
  byDoc: Example[][];
}

function featurize(docs: readonly Prepared[], ctxOf: (d: Prepared, i: number) => TokenContext): Stage {
  const names: string[] = [];
  const dict = new Map<string, number>();
  const x = new AttributionFeatures((name) => {
    let i = dict.get(name);
    if (i === undefined) {
      i = names.length;
      dict.set(name, i);
      names.push(name);
    }
    return i;
  });
  const byDoc = docs.map((d, i) => examples(ctxOf(d, i), d.gold, x).map((ex) => ({ ...ex, doc: i })));
  return { names, byDoc };
}

/** Chooses the epoch count on the held-out documents, then trains on all of them. */
function fitStage(
  name: string,
  docs: readonly Prepared[],
  stage: Stage,
  maxEpochs: number,
  seed: number,
  log: (l: string) => void,
): { model: LinearModel; epoch: number; f1: number } {
  const fit = stage.byDoc.filter((_, i) => !docs[i].held).flat();
  const held = stage.byDoc.filter((_, i) => docs[i].held).flat();
  let best = { epoch: 1, f1: -1 };
  train(fit, stage.names.length, maxEpochs, seed, (e, m) => {
    const f1 = spanF1(m, held);
    log(`${name} stage, epoch ${e}: held-out role-span F1 ${(100 * f1).toFixed(2)}`);
    if (f1 > best.f1) best = { epoch: e, f1 };
  });
  const model = train(stage.byDoc.flat(), stage.names.length, best.epoch, seed);
  return { model, ...best };
}

export function trainQuotes(opts: TrainQuotesOptions): { first: number; second: number } {
  const log = opts.log ?? ((l: string) => console.error(l));
  const t0 = Date.now();
  const docs = readPolnear(opts.data, { split: 'train' }).map(prepare);
  const maxEpochs = opts.epochs ?? 12;
  const seed = opts.seed ?? 1;
  const one = featurize(docs, (d) => d.ctx);
  log(
    `${docs.length} training documents (${docs.filter((d) => d.held).length} held out for the epoch count), ${one.byDoc.flat().length} paragraphs, ${one.names.length} first-stage features, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  const first = fitStage('first', docs, one, maxEpochs, seed, log);
  // The second stage learns from first-stage output on documents that stage did not train on.
  const priors: RoleSpan[][] = docs.map(() => []);
  for (let f = 0; f < FOLDS; f++) {
    const m = train(
      one.byDoc.filter((_, i) => docs[i].fold !== f).flat(),
      one.names.length,
      first.epoch,
      seed,
    );
    docs.forEach((d, i) => {
      if (d.fold !== f) return;
      d.ctx.segments.forEach((seg, k) => {
        for (const r of labelsToRoles(predict(m, one.byDoc[i][k])))
          priors[i].push({ s: r.s + seg.s, e: r.e + seg.s, role: r.role });
      });
    });
    log(`first-stage fold ${f + 1}/${FOLDS} predicted`);
  }
  const two = featurize(docs, (d, i) => withPrior(d.ctx, priors[i]));
  log(`${two.names.length} second-stage features`);
  const second = fitStage('second', docs, two, maxEpochs, seed, log);
  mkdirSync(opts.out, { recursive: true });
  for (const [key, st, fitted] of [
    ['first', one, first],
    ['second', two, second],
  ] as const) {
    const path = join(opts.out, QUOTES_MODEL_FILES[key]);
    const kept = saveNerModel(
      path,
      st.names,
      fitted.model,
      {
        trainedOn: 'PolNeAR v1.0.0, official train split',
        documents: docs.length,
        stage: key,
        epoch: fitted.epoch,
        heldOutSpanF1: Number((100 * fitted.f1).toFixed(2)),
      },
      MIN_WEIGHT,
    );
    log(`saved ${path}: epoch ${fitted.epoch}, ${kept} features kept`);
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return { first: first.f1, second: second.f1 };
}
