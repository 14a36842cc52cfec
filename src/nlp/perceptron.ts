// A linear sequence model over the BILOU labels: per-feature weight rows, label-transition weights,
// and constrained Viterbi decoding. Training is the averaged structured perceptron (Collins 2002)
// with the usual lazy-averaging trick: keep the sum of time-stamped updates beside the weights.
import type { SentenceFeatures } from './ner-features.js';
import { ALLOWED, L } from './ner-labels.js';

export interface LinearModel {
  /** weights[f * L + y] */
  weights: Float32Array;
  /** trans[a * L + b], then L start weights, then L end weights. */
  trans: Float32Array;
}

export function scoreTokens(model: LinearModel, sf: SentenceFeatures): Float32Array {
  const n = sf.offsets.length - 1;
  const s = new Float32Array(n * L);
  const w = model.weights;
  const f = sf.feats;
  for (let i = 0; i < n; i++) {
    const o = i * L;
    for (let k = sf.offsets[i]; k < sf.offsets[i + 1]; k++) {
      const base = f[k] * L;
      for (let y = 0; y < L; y++) s[o + y] += w[base + y];
    }
  }
  return s;
}

/** For each label, the labels that may precede it. */
const PREDECESSORS: Int32Array[] = Array.from({ length: L }, (_, y) =>
  Int32Array.from(Array.from({ length: L }, (_, x) => x).filter((x) => ALLOWED[x * L + y])),
);

// Work buffers reused across calls (decoding is synchronous), grown on demand.
let deltaBuf = new Float64Array(64 * L);
let backBuf = new Int32Array(64 * L);

/** Per label, the transition weights from its predecessors, in PREDECESSORS order. */
const packed = new WeakMap<Float32Array, Float64Array[]>();
function predecessorWeights(trans: Float32Array, cache: boolean): Float64Array[] {
  let p = cache ? packed.get(trans) : undefined;
  if (!p) {
    p = PREDECESSORS.map((preds, y) => Float64Array.from(preds, (x) => trans[x * L + y]));
    if (cache) packed.set(trans, p);
  }
  return p;
}

/** Best label sequence; `fixed` says the transition weights will not change (so may be cached). */
export function viterbi(model: LinearModel, scores: Float32Array, n: number, fixed = true): number[] {
  if (n === 0) return [];
  const t = model.trans;
  const pw = predecessorWeights(t, fixed);
  if (deltaBuf.length < n * L) {
    deltaBuf = new Float64Array(n * L * 2);
    backBuf = new Int32Array(n * L * 2);
  }
  const delta = deltaBuf;
  const back = backBuf;
  for (let y = 0; y < L; y++) {
    delta[y] = ALLOWED[L * L + y] ? scores[y] + t[L * L + y] : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      const preds = PREDECESSORS[y];
      const w = pw[y];
      for (let p = 0; p < preds.length; p++) {
        const x = preds[p];
        const v = delta[prev + x] + w[p];
        if (v > best) {
          best = v;
          arg = x;
        }
      }
      delta[i * L + y] = best + scores[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (!ALLOWED[L * L + L + y]) continue;
    const v = delta[(n - 1) * L + y] + t[L * L + L + y];
    if (v > best) {
      best = v;
      arg = y;
    }
  }
  const out = new Array<number>(n);
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

export class PerceptronTrainer {
  readonly model: LinearModel;
  private readonly sumW: Float64Array;
  private readonly sumT: Float64Array;
  private c = 1;

  constructor(numFeatures: number) {
    this.model = { weights: new Float32Array(numFeatures * L), trans: new Float32Array(L * L + 2 * L) };
    this.sumW = new Float64Array(numFeatures * L);
    this.sumT = new Float64Array(L * L + 2 * L);
  }

  /** Predicts, updates towards gold if wrong, and returns the prediction (for history features). */
  learn(sf: SentenceFeatures, gold: readonly number[]): number[] {
    const n = sf.offsets.length - 1;
    const feats = sf.feats;
    const pred = viterbi(this.model, scoreTokens(this.model, sf), n, false);
    for (let i = 0; i < n; i++) {
      if (pred[i] !== gold[i]) {
        for (let k = sf.offsets[i]; k < sf.offsets[i + 1]; k++) {
          this.bumpW(feats[k] * L + gold[i], 1);
          this.bumpW(feats[k] * L + pred[i], -1);
        }
      }
      const gPrev = i === 0 ? -1 : gold[i - 1];
      const pPrev = i === 0 ? -1 : pred[i - 1];
      if (gPrev !== pPrev || gold[i] !== pred[i]) {
        this.bumpT(i === 0 ? L * L + gold[i] : gPrev * L + gold[i], 1);
        this.bumpT(i === 0 ? L * L + pred[i] : pPrev * L + pred[i], -1);
      }
    }
    if (n > 0 && pred[n - 1] !== gold[n - 1]) {
      this.bumpT(L * L + L + gold[n - 1], 1);
      this.bumpT(L * L + L + pred[n - 1], -1);
    }
    this.c++;
    return pred;
  }

  private bumpW(k: number, d: number): void {
    this.model.weights[k] += d;
    this.sumW[k] += this.c * d;
  }

  private bumpT(k: number, d: number): void {
    this.model.trans[k] += d;
    this.sumT[k] += this.c * d;
  }

  averaged(): LinearModel {
    const w = new Float32Array(this.model.weights.length);
    for (let k = 0; k < w.length; k++) w[k] = this.model.weights[k] - this.sumW[k] / this.c;
    const t = new Float32Array(this.model.trans.length);
    for (let k = 0; k < t.length; k++) t[k] = this.model.trans[k] - this.sumT[k] / this.c;
    return { weights: w, trans: t };
  }
}
