// Feature extraction for the entity tagger. Features of a word on its own and as a neighbour
// depend only on its text, so they are computed once per word type and cached as indices; the
// rest (bigrams, shape trigram, sentence position, all-caps lines, gazetteer matches, document
// evidence, prediction history) is built per position.
import { foldKey, matchGazetteer } from './gazetteer.js';
import { IntPairMap } from './int-pair-map.js';
import { type DocContext, historyType, isAllCapsSentence, isTitleCaseSentence } from './ner-context.js';
import { isAllCaps, isCapitalized, wordShape } from './word-shape.js';

/** Maps a feature name to its index, or -1 when the model does not know it. */
export type FeatureIndex = (name: string) => number;

/** Feature indices of a sentence, flat: token i owns feats[offsets[i] .. offsets[i + 1]). */
export interface SentenceFeatures {
  feats: Int32Array;
  offsets: Int32Array;
}

interface WordFeatures {
  self: Int32Array;
  near: Int32Array[]; // offsets -2, -1, +1, +2
  short: string;
  lw: string;
  /** lw without diacritics, the gazetteer's key. */
  fold: string;
  cap: boolean;
  /** Per-extractor ids for the numeric pair keys below. */
  id: number;
  shapeId: number;
  /** Indices of position-dependent word features, filled on first use (-2 = not yet). */
  initL: number;
  acL: number;
  tcL: number;
  tcS: number;
}

const OFFSETS = [-2, -1, 1, 2];
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '-', '—', '–', ':', '`', '``']);
const MAX_CACHE = 200_000;
const MAX_PAIRS = 1_000_000;
const BOS = 1;
const EOS = 2;
const T_BP = 1;
const T_BN = 2;
const T_ST = 3;
const HISTORY = ['null', 'PER', 'ORG', 'LOC', 'MISC'] as const;
const hName = (prefix: string) =>
  Object.fromEntries(HISTORY.map((h) => [h, `${prefix}${h}`])) as Record<string, string>;
const H0 = hName('H=');
const HP = hName('H-1=');
const HN = hName('H+1=');

interface GazNames {
  self: string;
  capT: string;
  capF: string;
  prev: string;
  next: string;
}
const gazNames = new Map<string, GazNames>();
function gazFor(tag: string): GazNames {
  let g = gazNames.get(tag);
  if (!g) {
    g = {
      self: `G=${tag}`,
      capT: `G=${tag}|true`,
      capF: `G=${tag}|false`,
      prev: `G-1=${tag}`,
      next: `G+1=${tag}`,
    };
    gazNames.set(tag, g);
  }
  return g;
}
const gazTags = new Map<string, string>();
function gazTag(pos: string, list: string): string {
  const key = pos + list;
  let t = gazTags.get(key);
  if (!t) {
    t = key;
    gazTags.set(key, t);
  }
  return t;
}

/**
 * Names are built once per word type, per constant, or per pair of ids seen (memoised under a
 * numeric key), so tagging does not allocate and hash fresh strings for every token.
 */
export class FeatureExtractor {
  private cache = new Map<string, WordFeatures>();
  private consts = new Map<string, number>();
  private pairs = new IntPairMap();
  private shapes = new Map<string, number>();
  private nextId = 3;
  private generation = 0;
  constructor(private readonly index: FeatureIndex) {}

  private ids(names: string[]): Int32Array {
    const out: number[] = [];
    for (const n of names) {
      const i = this.index(n);
      if (i >= 0) out.push(i);
    }
    return Int32Array.from(out);
  }

  private fixed(name: string): number {
    let i = this.consts.get(name);
    if (i === undefined) {
      i = this.index(name);
      this.consts.set(name, i);
    }
    return i;
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
      id: this.nextId++,
      shapeId: this.shapeId(short),
      initL: -2,
      acL: -2,
      tcL: -2,
      tcS: -2,
    };
    this.cache.set(w, f);
    return f;
  }

  /** Feature indices for each token of one sentence. */
  sentence(words: readonly string[], ctx: DocContext): SentenceFeatures {
    const n = words.length;
    const generation = this.generation;
    let wf = words.map((w) => this.word(w));
    // Ids restart when the cache is cleared; a sentence must not mix ids from before and after.
    if (this.generation !== generation) wf = words.map((w) => this.word(w));
    const lower = wf.map((f) => f.lw);
    const allCaps = isAllCapsSentence(words);
    const titleCase = !allCaps && isTitleCaseSentence(words);
    const gaz: string[][] = new Array(n);
    const mark = (i: number, tag: string) => {
      if (gaz[i]) gaz[i].push(tag);
      else gaz[i] = [tag];
    };
    for (const m of matchGazetteer(
      words,
      wf.map((f) => f.fold),
    )) {
      if (m.end - m.start === 1) mark(m.start, gazTag('U', m.list));
      else {
        mark(m.start, gazTag('B', m.list));
        for (let i = m.start + 1; i < m.end - 1; i++) mark(i, gazTag('I', m.list));
        mark(m.end - 1, gazTag('L', m.list));
      }
    }
    const offsets = new Int32Array(n + 1);
    let flat = new Int32Array(n * 64);
    let o = 0;
    const dyn: number[] = [];
    const hist: (string | undefined)[] = new Array(n);
    const historyAt = (k: number) => {
      let h = hist[k];
      if (h === undefined) {
        h = String(historyType(ctx, lower[k]));
        hist[k] = h;
      }
      return h;
    };
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
        push(this.fixed('init'));
        if (me.initL === -2) me.initL = this.index(`init|l=${lw}`);
        push(me.initL);
      }
      if (i === 0) push(this.fixed('first'));
      if (i === n - 1) push(this.fixed('last'));
      if (allCaps) {
        push(this.fixed('AC'));
        if (me.acL === -2) me.acL = this.index(`AC|l=${lw}`);
        push(me.acL);
      }
      if (titleCase) {
        push(this.fixed('TC'));
        if (me.tcL === -2) me.tcL = this.index(`TC|l=${lw}`);
        if (me.tcS === -2) me.tcS = this.index(`TC|ss=${me.short}`);
        push(me.tcL);
        push(me.tcS);
      }
      const cap = me.cap;
      if (cap) {
        const left = i > 0 && wf[i - 1].cap && !initial;
        const right = i + 1 < n && wf[i + 1].cap;
        push(this.fixed(left ? (right ? 'run=II' : 'run=IL') : right ? 'run=BI' : 'run=BL'));
        const mid = ctx.capMid.has(lw);
        const low = ctx.lowerSeen.has(lw);
        push(this.fixed(mid ? 'dCM=true' : 'dCM=false'));
        push(this.fixed(low ? 'dLow=true' : 'dLow=false'));
        if (initial || allCaps || titleCase) {
          push(this.fixed(mid ? 'dCM|i=true' : 'dCM|i=false'));
          push(this.fixed(low ? 'dLow|i=true' : 'dLow|i=false'));
        }
        if (allCaps && isAllCaps(words[i])) push(this.fixed(mid ? 'AC|dCM=true' : 'AC|dCM=false'));
      }
      if (gaz[i]) {
        for (const g of gaz[i]) {
          const names = gazFor(g);
          push(this.fixed(names.self));
          push(this.fixed(cap ? names.capT : names.capF));
        }
      }
      if (i > 0 && gaz[i - 1]) for (const g of gaz[i - 1]) push(this.fixed(gazFor(g).prev));
      if (i + 1 < n && gaz[i + 1]) for (const g of gaz[i + 1]) push(this.fixed(gazFor(g).next));
      if (cap || allCaps) {
        push(this.fixed(H0[historyAt(i)]));
        if (i > 0) push(this.fixed(HP[historyAt(i - 1)]));
        if (i + 1 < n) push(this.fixed(HN[historyAt(i + 1)]));
      }
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
      flat.set(me.self, o);
      o += me.self.length;
      for (const d of dyn) flat[o++] = d;
      for (let k = 0; k < OFFSETS.length; k++) {
        const j = i + OFFSETS[k];
        if (j >= 0 && j < n) {
          flat.set(wf[j].near[k], o);
          o += wf[j].near[k].length;
        }
      }
      offsets[i + 1] = o;
    }
    return { feats: flat, offsets };
  }
}
