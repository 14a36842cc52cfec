// Features of each token for the attribution tagger: the word and its neighbours, word shape,
// quote-mark state, the accepted cue and the rule-based finder's role around it, the entity type,
// how far the nearest cue stands on each side (with that cue's word), and in the second stage the
// first stage's roles and cues. A segment becomes the flat index arrays the perceptron reads;
// features unknown to the model are skipped. Values are interned (feature-memo.ts), so a token
// costs integer look-ups, not strings.
import type { SentenceFeatures } from '../nlp/ner-features.js';
import { wordShape } from '../nlp/word-shape.js';
import type { Segment, TokenContext } from './attribution-context.js';
import { type FeatureIndex, FeatureMemo } from './feature-memo.js';

export type { FeatureIndex } from './feature-memo.js';

const T = [
  'b',
  'w',
  'l',
  'sh',
  's3',
  'l-1',
  'l-2',
  'l+1',
  'l+2',
  'bg-',
  'bg+',
  'q',
  'q-1',
  'q+1',
  'c',
  'c-1',
  'c+1',
  'c-2',
  'c+2',
  'r',
  'r-1',
  'r+1',
  'rq',
  'e',
  'e-1',
  'e+1',
  'x',
  'xq',
  'pos',
  'dl',
  'dr',
  'dlr',
  'dlq',
  'drq',
  'dlrr',
  'lw',
  'lwd',
  'rw',
  'rwd',
  'pd',
  'xl',
  'xr',
  'A',
  'A-1',
  'A+1',
  'A-2',
  'A+2',
  'Ar',
  'Aq',
  'Ad',
  'Adq',
  'Adp',
  'Ada',
  'Alw',
  'Arw',
  'lq',
  'lr',
  'le-1',
  'le+1',
  'l-1r',
  'lp',
  'e-2',
  'e+2',
] as const;
type Template = (typeof T)[number];
/** Templates whose value is two atoms ("a|b"); the rest take one (which may be a joined pair). */
const PAIRS: ReadonlySet<string> = new Set<Template>([
  'bg-',
  'bg+',
  'rq',
  'dlq',
  'drq',
  'dlrr',
  'lwd',
  'rwd',
  'pd',
  'xl',
  'xr',
  'Ar',
  'Aq',
  'Adq',
  'Adp',
  'Ada',
  'Alw',
  'Arw',
  'lq',
  'lr',
  'le-1',
  'le+1',
  'l-1r',
  'lp',
]);
const TI = Object.fromEntries(T.map((t, i) => [t, i])) as Record<Template, number>;

function bucket(d: number): string {
  if (d <= 3) return String(d);
  if (d <= 5) return '4';
  if (d <= 10) return '6';
  if (d <= 20) return '11';
  return '21';
}

export class AttributionFeatures {
  private m: FeatureMemo;
  /** Per word type: ids of its own features (word, lower case, shape, suffix). */
  private words = new Map<string, number[]>();

  /** A growing dictionary (training) or a trained model's features (tagging). */
  constructor(source: FeatureIndex | ReadonlyMap<string, number>) {
    this.m =
      typeof source === 'function' ? FeatureMemo.open(source, T) : FeatureMemo.closed(source, T, PAIRS);
  }

  private wordIds(word: string, lower: string): number[] {
    let ids = this.words.get(word);
    if (!ids) {
      const m = this.m;
      ids = [
        m.id(TI.w, m.atom(word)),
        m.id(TI.l, m.atom(lower)),
        m.id(TI.sh, m.atom(wordShape(word, false))),
        m.id(TI.s3, m.atom(lower.slice(-3))),
      ].filter((x) => x >= 0);
      if (this.words.size > 200_000) this.words.clear();
      this.words.set(word, ids);
    }
    return ids;
  }

  segment(ctx: TokenContext, seg: Segment): SentenceFeatures {
    const m = this.m;
    m.bound();
    const { v } = ctx;
    const n = seg.e - seg.s;
    // Interned values per position, with two positions of padding on each side.
    const pad = (arr: readonly string[], before: string, after: string) => {
      const out = new Int32Array(n + 4);
      out[0] = out[1] = m.atom(before);
      out[n + 2] = out[n + 3] = m.atom(after);
      for (let i = 0; i < n; i++) out[i + 2] = m.atom(arr[seg.s + i]);
      return out;
    };
    const lw = pad(v.lower, '<s>', '</s>');
    const qa = pad(ctx.quote, '^', '$');
    const ca = pad(ctx.cue, '^', '$');
    const ra = pad(ctx.rule, '^', '$');
    const ea = pad(ctx.entity, '^', '$');
    const pa = ctx.prior ? pad(ctx.prior.role, '^', '$') : null;
    const none = m.atom('n');
    const dist = (a: number, b: number) =>
      m.atom(`${bucket(b - a)}${v.sentenceOf[a] === v.sentenceOf[b] ? 's' : 'x'}`);
    const feats: number[] = [];
    const offsets = new Int32Array(n + 1);
    const push = (f: number) => {
      if (f >= 0) feats.push(f);
    };
    const empty = m.atom('');
    for (let k = 0; k < n; k++) {
      const i = seg.s + k;
      const p = k + 2;
      offsets[k] = feats.length;
      for (const id of this.wordIds(v.toks[i].text, v.lower[i])) feats.push(id);
      const q = qa[p];
      const r = ra[p];
      push(m.id(TI.b, empty));
      push(m.id(TI['l-1'], lw[p - 1]));
      push(m.id(TI['l-2'], lw[p - 2]));
      push(m.id(TI['l+1'], lw[p + 1]));
      push(m.id(TI['l+2'], lw[p + 2]));
      push(m.id(TI['bg-'], lw[p - 1], lw[p]));
      push(m.id(TI['bg+'], lw[p], lw[p + 1]));
      push(m.id(TI.q, q));
      push(m.id(TI['q-1'], qa[p - 1]));
      push(m.id(TI['q+1'], qa[p + 1]));
      push(m.id(TI.c, ca[p]));
      push(m.id(TI['c-1'], ca[p - 1]));
      push(m.id(TI['c+1'], ca[p + 1]));
      push(m.id(TI['c-2'], ca[p - 2]));
      push(m.id(TI['c+2'], ca[p + 2]));
      push(m.id(TI.r, r));
      push(m.id(TI['r-1'], ra[p - 1]));
      push(m.id(TI['r+1'], ra[p + 1]));
      push(m.id(TI.rq, r, q));
      push(m.id(TI.e, ea[p]));
      push(m.id(TI['e-1'], ea[p - 1]));
      push(m.id(TI['e+1'], ea[p + 1]));
      if (ctx.lexCue[i]) {
        push(m.id(TI.x, empty));
        push(m.id(TI.xq, q));
      }
      const sent = v.sentenceOf[i];
      const first = k === 0 || v.sentenceOf[i - 1] !== sent;
      const last = k === n - 1 || v.sentenceOf[i + 1] !== sent;
      const pos = m.atom(k === 0 ? 'P' : first ? 'S' : last ? 'E' : '-');
      push(m.id(TI.pos, pos));
      push(m.id(TI.lq, lw[p], q));
      push(m.id(TI.lr, lw[p], r));
      push(m.id(TI['le-1'], lw[p], ea[p - 1]));
      push(m.id(TI['le+1'], lw[p], ea[p + 1]));
      push(m.id(TI['l-1r'], lw[p - 1], r));
      push(m.id(TI.lp, lw[p], pos));
      push(m.id(TI['e-2'], ea[p - 2]));
      push(m.id(TI['e+2'], ea[p + 2]));
      const left = ctx.leftCue[i];
      const right = ctx.rightCue[i];
      const dl = left < 0 ? none : dist(left, i);
      const dr = right < 0 ? none : dist(i, right);
      const dlr = m.join(dl, dr);
      push(m.id(TI.dl, dl));
      push(m.id(TI.dr, dr));
      push(m.id(TI.dlr, dlr));
      push(m.id(TI.dlq, dl, q));
      push(m.id(TI.drq, dr, q));
      push(m.id(TI.dlrr, dlr, r));
      if (left >= 0) {
        push(m.id(TI.lw, lw[left - seg.s + 2]));
        push(m.id(TI.lwd, lw[left - seg.s + 2], dl));
      }
      if (right >= 0) {
        push(m.id(TI.rw, lw[right - seg.s + 2]));
        push(m.id(TI.rwd, lw[right - seg.s + 2], dr));
      }
      push(m.id(TI.pd, pos, dlr));
      const xl = ctx.leftLex[i];
      const xr = ctx.rightLex[i];
      if (xl >= 0) push(m.id(TI.xl, lw[xl - seg.s + 2], dist(xl, i)));
      if (xr >= 0) push(m.id(TI.xr, lw[xr - seg.s + 2], dist(i, xr)));
      if (!pa || !ctx.prior) continue;
      const a = pa[p];
      const pl = ctx.prior.leftCue[i];
      const pr = ctx.prior.rightCue[i];
      const al = pl < 0 ? none : dist(pl, i);
      const ar = pr < 0 ? none : dist(i, pr);
      const ad = m.join(al, ar);
      push(m.id(TI.A, a));
      push(m.id(TI['A-1'], pa[p - 1]));
      push(m.id(TI['A+1'], pa[p + 1]));
      push(m.id(TI['A-2'], pa[p - 2]));
      push(m.id(TI['A+2'], pa[p + 2]));
      push(m.id(TI.Ar, a, r));
      push(m.id(TI.Aq, a, q));
      push(m.id(TI.Ad, ad));
      push(m.id(TI.Adq, ad, q));
      push(m.id(TI.Adp, ad, pos));
      push(m.id(TI.Ada, ad, a));
      if (pl >= 0) push(m.id(TI.Alw, lw[pl - seg.s + 2], al));
      if (pr >= 0) push(m.id(TI.Arw, lw[pr - seg.s + 2], ar));
    }
    offsets[n] = feats.length;
    return { feats: Int32Array.from(feats), offsets };
  }
}
