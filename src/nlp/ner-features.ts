// Feature extraction for the entity tagger. Features of a word on its own and as a neighbour
// depend only on its text, so they are computed once per word type and cached as indices; the
// rest (bigrams, shape trigram, sentence position, all-caps lines, gazetteer matches, document
// evidence, prediction history) is built per position.
import { foldKey, gazetteerStart, isCapitalisedStart, matchFrom } from './gazetteer.js';
import { IntPairMap } from './int-pair-map.js';
import { type DocContext, historyIndex, sentenceCase } from './ner-context.js';
import {
  BOS,
  EOS,
  type FeatureConstants,
  type FeatureIndex,
  featureConstants,
  gazFor,
  gazTag,
  MAX_CACHE,
  MAX_PAIRS,
  OFFSETS,
  OPENERS,
  rowSum,
  T_BN,
  T_BP,
  T_ST,
  type WordFeatures,
} from './ner-feature-parts.js';
import { L } from './ner-labels.js';
import { isAllCaps, isCapitalized, wordFlags, wordShape } from './word-shape.js';

export type { FeatureIndex } from './ner-feature-parts.js';

/** Feature indices of a sentence, flat: token i owns feats[offsets[i] .. offsets[i + 1]). */
export interface SentenceFeatures {
  feats: Int32Array;
  offsets: Int32Array;
}

/**
 * Names are built once per word type, per constant, or per pair of ids seen (memoised under a
 * numeric key), so tagging does not allocate and hash fresh strings for every token.
 */
export class FeatureExtractor {
  private cache = new Map<string, WordFeatures>();
  private pairs = new IntPairMap();
  private shapes = new Map<string, number>();
  private nextId = 3;
  private generation = 0;
  private scoredWith: Float32Array | null = null;
  private pool = new Float32Array(0);
  private poolUsed = 0;
  private readonly k: FeatureConstants;
  private gazIdx = new Map<string, Int32Array>();
  constructor(private readonly index: FeatureIndex) {
    this.k = featureConstants(index);
  }

  /** [self, self|cap=false, self|cap=true, at -1, at +1] indices of a gazetteer tag. */
  private gaz(tag: string): Int32Array {
    let g = this.gazIdx.get(tag);
    if (!g) {
      const n = gazFor(tag);
      g = Int32Array.from([
        this.index(n.self),
        this.index(n.capF),
        this.index(n.capT),
        this.index(n.prev),
        this.index(n.next),
      ]);
      this.gazIdx.set(tag, g);
    }
    return g;
  }

  private ids(names: string[]): Int32Array {
    const out: number[] = [];
    for (const n of names) {
      const i = this.index(n);
      if (i >= 0) out.push(i);
    }
    return Int32Array.from(out);
  }

  /** `name` is only built on a miss: "<prefix>a|b" or "<prefix>a|b|c". */
  private pair(ka: number, kb: number, prefix: string, a: string, b: string, c?: string): number {
    let i = this.pairs.get(ka, kb);
    if (i === undefined) {
      i = this.index(c === undefined ? `${prefix}${a}|${b}` : `${prefix}${a}|${b}|${c}`);
      if (this.pairs.size > MAX_PAIRS) this.pairs.clear();
      this.pairs.set(ka, kb, i);
    }
    return i;
  }

  private shapeId(short: string): number {
    let id = this.shapes.get(short);
    if (id === undefined) {
      id = this.shapes.size + 3;
      if (id < 4000) this.shapes.set(short, id);
      else id = 0;
    }
    return id;
  }

  private word(w: string): WordFeatures {
    let f = this.cache.get(w);
    if (f) return f;
    const lw = w.toLowerCase();
    const short = wordShape(w, false);
    const names = ['b', `w=${w}`, `l=${lw}`, `s=${wordShape(w, true)}`, `ss=${short}`];
    const n = lw.length;
    for (let k = 1; k <= 4 && k < n; k++) names.push(`p${k}=${lw.slice(0, k)}`, `x${k}=${lw.slice(n - k)}`);
    if (/\d/.test(w)) names.push('dig');
    if (w.includes('-')) names.push('hyph');
    if (/^\p{Lu}\.$/u.test(w)) names.push('initial');
    if (this.cache.size > MAX_CACHE || this.nextId > 4_000_000) {
      this.cache.clear();
      this.pairs.clear();
      this.poolUsed = 0;
      this.nextId = 3;
      this.generation++;
    }
    f = {
      self: this.ids(names),
      near: OFFSETS.map((o) =>
        this.ids(Math.abs(o) === 1 ? [`l${o}=${lw}`, `ss${o}=${short}`] : [`l${o}=${lw}`]),
      ),
      short,
      lw,
      fold: foldKey(lw),
      cap: isCapitalized(w),
      flags: wordFlags(w),
      gazStart: undefined,
      id: this.nextId++,
      shapeId: this.shapeId(short),
      initL: -2,
      acL: -2,
      tcL: -2,
      tcS: -2,
      scoreAt: -1,
    };
    this.cache.set(w, f);
    return f;
  }

  /** Feature indices for each token of one sentence (training, and anything that needs them all). */
  sentence(words: readonly string[], ctx: DocContext): SentenceFeatures {
    const n = words.length;
    const offsets = new Int32Array(n + 1);
    let flat = new Int32Array(n * 64);
    let o = 0;
    this.visit(words, ctx, (i, wf, dyn) => {
      const me = wf[i];
      let len = me.self.length + dyn.length;
      for (let k = 0; k < OFFSETS.length; k++) {
        const j = i + OFFSETS[k];
        if (j >= 0 && j < n) len += wf[j].near[k].length;
      }
      if (o + len > flat.length) {
        const grown = new Int32Array(Math.max(flat.length * 2, o + len));
        grown.set(flat);
        flat = grown;
      }
      const self = me.self;
      for (let q = 0; q < self.length; q++) flat[o++] = self[q];
      for (let q = 0; q < dyn.length; q++) flat[o++] = dyn[q];
      for (let k = 0; k < OFFSETS.length; k++) {
        const j = i + OFFSETS[k];
        if (j >= 0 && j < n) {
          const near = wf[j].near[k];
          for (let q = 0; q < near.length; q++) flat[o++] = near[q];
        }
      }
      offsets[i + 1] = o;
    });
    return { feats: flat, offsets };
  }

  /**
   * Label scores for each token under fixed weights (tagging): a word's own and neighbour
   * features are summed once per word type and cached, so only the position features are added
   * per token. Same result as scoreTokens(model, sentence(...)).
   */
  scores(words: readonly string[], ctx: DocContext, weights: Float32Array): Float32Array {
    if (this.scoredWith !== weights) {
      this.cache.clear();
      this.poolUsed = 0;
      this.scoredWith = weights;
    }
    const s = new Float32Array(words.length * L);
    const n = words.length;
    this.visit(words, ctx, (i, wf, dyn) => {
      const o = i * L;
      const me = wf[i];
      if (me.scoreAt < 0) this.poolScores(me, weights);
      const pool = this.pool;
      const at = me.scoreAt;
      for (let y = 0; y < L; y++) s[o + y] = pool[at + y];
      for (let k = 0; k < OFFSETS.length; k++) {
        const j = i + OFFSETS[k];
        if (j < 0 || j >= n) continue;
        const f = wf[j];
        if (f.scoreAt < 0) this.poolScores(f, weights);
        const nb = this.pool;
        const base = f.scoreAt + (k + 1) * L;
        for (let y = 0; y < L; y++) s[o + y] += nb[base + y];
      }
      for (let q = 0; q < dyn.length; q++) {
        const base = dyn[q] * L;
        for (let y = 0; y < L; y++) s[o + y] += weights[base + y];
      }
    });
    return s;
  }

  /** Sums a word type's own and neighbour rows once, into one contiguous pool. */
  private poolScores(f: WordFeatures, weights: Float32Array): void {
    const need = 5 * L;
    if (this.poolUsed + need > this.pool.length) {
      const grown = new Float32Array(Math.max(this.pool.length * 2, 1024 * need));
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
    const at = this.poolUsed;
    this.poolUsed += need;
    rowSum(f.self, weights, this.pool, at);
    for (let k = 0; k < 4; k++) rowSum(f.near[k], weights, this.pool, at + (k + 1) * L);
    f.scoreAt = at;
  }

  private visit(
    words: readonly string[],
    ctx: DocContext,
    emit: (i: number, wf: readonly WordFeatures[], dyn: readonly number[]) => void,
  ): void {
    const n = words.length;
    const generation = this.generation;
    let wf = words.map((w) => this.word(w));
    // Ids restart when the cache is cleared; a sentence must not mix ids from before and after.
    if (this.generation !== generation) wf = words.map((w) => this.word(w));
    const lower = wf.map((f) => f.lw);
    const { allCaps, titleCase } = sentenceCase(
      wf.map((f) => f.flags),
      words,
    );
    const gaz: string[][] = new Array(n);
    const mark = (i: number, tag: string) => {
      if (gaz[i]) gaz[i].push(tag);
      else gaz[i] = [tag];
    };
    const starts = wf.map((f, k) => {
      if (f.gazStart === undefined) f.gazStart = isCapitalisedStart(words[k]) ? gazetteerStart(f.fold) : null;
      return f.gazStart;
    });
    for (const m of matchFrom(
      starts,
      wf.map((f) => f.fold),
    )) {
      if (m.end - m.start === 1) mark(m.start, gazTag('U', m.list));
      else {
        mark(m.start, gazTag('B', m.list));
        for (let i = m.start + 1; i < m.end - 1; i++) mark(i, gazTag('I', m.list));
        mark(m.end - 1, gazTag('L', m.list));
      }
    }
    const dyn: number[] = [];
    const hist = new Int8Array(n).fill(-1);
    const historyAt = (k: number) => {
      let h = hist[k];
      if (h < 0) {
        h = historyIndex(ctx, lower[k]);
        hist[k] = h;
      }
      return h;
    };
    const K = this.k;
    const push = (i: number) => {
      if (i >= 0) dyn.push(i);
    };
    for (let i = 0; i < n; i++) {
      dyn.length = 0;
      const lw = lower[i];
      const me = wf[i];
      const prev = i > 0 ? lower[i - 1] : '<s>';
      const next = i + 1 < n ? lower[i + 1] : '</s>';
      const pid = i > 0 ? wf[i - 1].id : BOS;
      const nid = i + 1 < n ? wf[i + 1].id : EOS;
      push(this.pair(T_BP * 2 ** 24 + pid, me.id, 'bp=', prev, lw));
      push(this.pair(T_BN * 2 ** 24 + me.id, nid, 'bn=', lw, next));
      const ps = i > 0 ? wf[i - 1].short : '<s>';
      const ns = i + 1 < n ? wf[i + 1].short : '</s>';
      const psid = i > 0 ? wf[i - 1].shapeId : BOS;
      const nsid = i + 1 < n ? wf[i + 1].shapeId : EOS;
      if (psid && me.shapeId && nsid)
        push(this.pair(T_ST * 2 ** 24 + psid * 4096 + me.shapeId, nsid, 'st=', ps, me.short, ns));
      else push(this.index(`st=${ps}|${me.short}|${ns}`));
      const initial = i === 0 || OPENERS.has(words[i - 1]);
      if (initial) {
        push(K.init);
        if (me.initL === -2) me.initL = this.index(`init|l=${lw}`);
        push(me.initL);
      }
      if (i === 0) push(K.first);
      if (i === n - 1) push(K.last);
      if (allCaps) {
        push(K.AC);
        if (me.acL === -2) me.acL = this.index(`AC|l=${lw}`);
        push(me.acL);
      }
      if (titleCase) {
        push(K.TC);
        if (me.tcL === -2) me.tcL = this.index(`TC|l=${lw}`);
        if (me.tcS === -2) me.tcS = this.index(`TC|ss=${me.short}`);
        push(me.tcL);
        push(me.tcS);
      }
      const cap = me.cap;
      if (cap) {
        const left = i > 0 && wf[i - 1].cap && !initial;
        const right = i + 1 < n && wf[i + 1].cap;
        push(K.run[(left ? 2 : 0) + (right ? 1 : 0)]);
        const mid = ctx.capMid.has(lw);
        const low = ctx.lowerSeen.has(lw);
        push(K.dCM[mid ? 1 : 0]);
        push(K.dLow[low ? 1 : 0]);
        if (initial || allCaps || titleCase) {
          push(K.dCMi[mid ? 1 : 0]);
          push(K.dLowi[low ? 1 : 0]);
        }
        if (allCaps && isAllCaps(words[i])) push(K.ACdCM[mid ? 1 : 0]);
      }
      if (gaz[i]) {
        for (const g of gaz[i]) {
          const gi = this.gaz(g);
          push(gi[0]);
          push(gi[cap ? 2 : 1]);
        }
      }
      if (i > 0 && gaz[i - 1]) for (const g of gaz[i - 1]) push(this.gaz(g)[3]);
      if (i + 1 < n && gaz[i + 1]) for (const g of gaz[i + 1]) push(this.gaz(g)[4]);
      if (cap || allCaps) {
        push(K.H0[historyAt(i)]);
        if (i > 0) push(K.HP[historyAt(i - 1)]);
        if (i + 1 < n) push(K.HN[historyAt(i + 1)]);
      }
      emit(i, wf, dyn);
    }
  }
}
