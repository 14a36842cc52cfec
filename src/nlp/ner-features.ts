// Feature extraction for the entity tagger. Features of a word on its own and as a neighbour
// depend only on its text, so they are computed once per word type and cached as indices; the
// rest (bigrams, shape trigram, sentence position, all-caps lines, gazetteer matches, document
// evidence, prediction history) is built per position.
import { matchGazetteer } from './gazetteer.js';
import { type DocContext, historyType, isAllCapsSentence, isTitleCaseSentence } from './ner-context.js';
import { isAllCaps, isCapitalized, wordShape } from './word-shape.js';

/** Maps a feature name to its index, or -1 when the model does not know it. */
export type FeatureIndex = (name: string) => number;

interface WordFeatures {
  self: Int32Array;
  near: Int32Array[]; // offsets -2, -1, +1, +2
  short: string;
  cap: boolean;
}

const OFFSETS = [-2, -1, 1, 2];
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '-', '—', '–', ':', '`', '``']);
const MAX_CACHE = 200_000;

export class FeatureExtractor {
  private cache = new Map<string, WordFeatures>();
  constructor(private readonly index: FeatureIndex) {}

  private ids(names: string[]): Int32Array {
    const out: number[] = [];
    for (const n of names) {
      const i = this.index(n);
      if (i >= 0) out.push(i);
    }
    return Int32Array.from(out);
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
    f = {
      self: this.ids(names),
      near: OFFSETS.map((o) =>
        this.ids(Math.abs(o) === 1 ? [`l${o}=${lw}`, `ss${o}=${short}`] : [`l${o}=${lw}`]),
      ),
      short,
      cap: isCapitalized(w),
    };
    if (this.cache.size > MAX_CACHE) this.cache.clear();
    this.cache.set(w, f);
    return f;
  }

  /** Feature indices for each token of one sentence. */
  sentence(words: readonly string[], ctx: DocContext): Int32Array[] {
    const n = words.length;
    const lower = words.map((w) => w.toLowerCase());
    const wf = words.map((w) => this.word(w));
    const allCaps = isAllCapsSentence(words);
    const titleCase = !allCaps && isTitleCaseSentence(words);
    const gaz: string[][] = words.map(() => []);
    for (const m of matchGazetteer(words, lower)) {
      if (m.end - m.start === 1) gaz[m.start].push(`U${m.list}`);
      else {
        gaz[m.start].push(`B${m.list}`);
        for (let i = m.start + 1; i < m.end - 1; i++) gaz[i].push(`I${m.list}`);
        gaz[m.end - 1].push(`L${m.list}`);
      }
    }
    const out: Int32Array[] = [];
    for (let i = 0; i < n; i++) {
      const dyn: string[] = [];
      const lw = lower[i];
      const prev = i > 0 ? lower[i - 1] : '<s>';
      const next = i + 1 < n ? lower[i + 1] : '</s>';
      dyn.push(`bp=${prev}|${lw}`, `bn=${lw}|${next}`);
      dyn.push(
        `st=${i > 0 ? wf[i - 1].short : '<s>'}|${wf[i].short}|${i + 1 < n ? wf[i + 1].short : '</s>'}`,
      );
      const initial = i === 0 || OPENERS.has(words[i - 1]);
      if (initial) dyn.push('init', `init|l=${lw}`);
      if (i === 0) dyn.push('first');
      if (i === n - 1) dyn.push('last');
      if (allCaps) dyn.push('AC', `AC|l=${lw}`);
      if (titleCase) dyn.push('TC', `TC|l=${lw}`, `TC|ss=${wf[i].short}`);
      const cap = wf[i].cap;
      if (cap) {
        const left = i > 0 && wf[i - 1].cap && !initial;
        const right = i + 1 < n && wf[i + 1].cap;
        dyn.push(`run=${left ? 'I' : 'B'}${right ? 'I' : 'L'}`);
        const mid = ctx.capMid.has(lw);
        const low = ctx.lowerSeen.has(lw);
        dyn.push(`dCM=${mid}`, `dLow=${low}`);
        if (initial || allCaps || titleCase) dyn.push(`dCM|i=${mid}`, `dLow|i=${low}`);
        if (allCaps && isAllCaps(words[i])) dyn.push(`AC|dCM=${mid}`);
      }
      for (const g of gaz[i]) dyn.push(`G=${g}`, `G=${g}|${cap}`);
      if (i > 0) for (const g of gaz[i - 1]) dyn.push(`G-1=${g}`);
      if (i + 1 < n) for (const g of gaz[i + 1]) dyn.push(`G+1=${g}`);
      if (cap || allCaps) {
        const h = historyType(ctx, lw);
        dyn.push(`H=${h}`);
        if (i > 0) dyn.push(`H-1=${historyType(ctx, prev)}`);
        if (i + 1 < n) dyn.push(`H+1=${historyType(ctx, next)}`);
      }
      const parts: Int32Array[] = [wf[i].self, this.ids(dyn)];
      for (let k = 0; k < OFFSETS.length; k++) {
        const j = i + OFFSETS[k];
        if (j >= 0 && j < n) parts.push(wf[j].near[k]);
      }
      let len = 0;
      for (const p of parts) len += p.length;
      const all = new Int32Array(len);
      let o = 0;
      for (const p of parts) {
        all.set(p, o);
        o += p.length;
      }
      out.push(all);
    }
    return out;
  }
}
