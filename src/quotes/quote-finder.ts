// Finds quotes in a text: every reporting cue yields at most one attribution (source, cue,
// content), and a direct quote then absorbs the unattributed quoted sentences that follow it
// (“…,” she said. “…”), including a quote running over paragraphs. Work is linear in the text:
// one tokenization, one quote-mark pass, and per cue a scan bounded by its sentence.
import type { SentenceRange } from '../nlp/index.js';
import { type Cue, findCues } from './cue-finder.js';
import { buildFrame, type Frame } from './cue-frame.js';
import { dashSignatureFrames, labelLineFrames } from './label-lines.js';
import type { CueKind } from './lexicon.js';
import { buildView, closesRegion, opensRegion, type TokenView } from './token-view.js';

export interface CharRange {
  start: number;
  end: number;
}

export interface FoundQuote {
  /** From the first content piece's start to the last one's end. */
  content: CharRange;
  /** The pieces of an interrupted or continued quote, in order. */
  parts: CharRange[];
  cue: CharRange;
  source: CharRange | null;
  direct: boolean;
  kind: CueKind;
  rule: string;
}

export interface FindOptions {
  sentences?: readonly SentenceRange[];
}

const MAX_GAP = 400;
/** Reporting verbs common enough to stand as an attribution even inside another one's content. */
const CORE_CUES = /^(?:said|says|say|saying|told|tells|telling|to|wrote|writes|added|adds|according)$/;

export function findQuotes(text: string, opts: FindOptions = {}): FoundQuote[] {
  const v = buildView(text, opts.sentences);
  return findFrames(v).frames.map((f) => toQuote(v, f));
}

/** The rule-based attributions of a view, with every lexicon cue the rules considered. */
export function findFrames(v: TokenView): { frames: Frame[]; cues: Cue[] } {
  const frames: Frame[] = [];
  const allCues: Cue[] = [];
  for (const { s, e } of v.sentences) {
    const cues = findCues(v, s, e);
    allCues.push(...cues);
    const cueAt = new Set<number>();
    for (const c of cues) for (let i = c.s; i < c.e; i++) cueAt.add(i);
    let prevSource = null;
    for (const c of cues) {
      const f = buildFrame(v, s, e, c, cueAt, prevSource);
      if (f) frames.push(f);
      if (f?.source) prevSource = f.source;
    }
  }
  const cueTokens = new Set(frames.map((f) => f.cue.s));
  for (const f of [...labelLineFrames(v), ...dashSignatureFrames(v)])
    if (!cueTokens.has(f.cue.s)) frames.push(f);
  frames.sort((a, b) => a.cue.s - b.cue.s);
  dropNested(v, frames);
  absorbContinuations(v, frames);
  return { frames, cues: allCues };
}

function absorbContinuations(v: TokenView, frames: Frame[]): void {
  const claimed = new Uint8Array(v.regions.length);
  for (const f of frames) {
    for (const r of f.regions) claimed[r] = 1;
    for (const p of f.parts)
      for (let i = p.s; i < p.e; i++) if (v.regionOf[i] >= 0) claimed[v.regionOf[i]] = 1;
  }
  const cueStarts = frames.map((f) => v.toks[f.cue.s].start).sort((a, b) => a - b);
  for (const f of frames) {
    if (!f.regions.length || f.regions.length !== f.parts.length) continue;
    let r = f.regions[f.regions.length - 1];
    const own = v.toks[f.cue.s].start;
    while (r + 1 < v.regions.length && !claimed[r + 1]) {
      const a = v.regions[r];
      const b = v.regions[r + 1];
      if (!a.continues && !startsSentence(v, b.start)) break;
      const gap = v.text.slice(a.end, b.start);
      if (!a.continues && (gap.length > MAX_GAP || /\n\s*\n[\s\S]*\n\s*\n/.test(gap))) break;
      const k = lowerBound(cueStarts, a.end);
      if (k < cueStarts.length && cueStarts[k] < b.start && cueStarts[k] !== own) break;
      claimed[r + 1] = 1;
      f.regions.push(r + 1);
      f.parts.push(regionTokens(v, r + 1));
      r++;
    }
  }
}

/**
 * PolNeAR-style annotation gives each token one role, so a cue inside another attribution's
 * content ("Roe said voters think …") is part of what was said, not a second attribution.
 */
function dropNested(v: TokenView, frames: Frame[]): void {
  const covered: [number, number][] = [];
  for (const f of frames) for (const p of f.parts) covered.push([p.s, p.e]);
  covered.sort((a, b) => a[0] - b[0]);
  const inside = (t: number, own: Frame) => {
    let lo = 0;
    let hi = covered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (covered[mid][0] <= t) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
      const [s, e] = covered[i];
      if (t >= s && t < e && !own.parts.some((p) => p.s === s && p.e === e)) return true;
    }
    return false;
  };
  const keep = frames.filter((f) => CORE_CUES.test(v.lower[f.cue.e - 1]) || !inside(f.cue.s, f));
  frames.splice(0, frames.length, ...keep);
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function startsSentence(v: TokenView, at: number): boolean {
  const t = tokenAt(v, at);
  if (t < 0) return false;
  const sent = v.sentenceOf[t];
  return t === 0 || sent < 0 || v.sentenceOf[t - 1] !== sent;
}

function tokenAt(v: TokenView, at: number): number {
  let lo = 0;
  let hi = v.toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (v.toks[mid].start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo < v.toks.length && v.toks[lo].start === at ? lo : -1;
}

function regionTokens(v: TokenView, r: number): { s: number; e: number } {
  const s = tokenAt(v, v.regions[r].start);
  let e = s;
  while (e < v.toks.length && v.regionOf[e] === r) e++;
  return { s, e };
}

export function toQuote(v: TokenView, f: Frame): FoundQuote {
  const range = (p: { s: number; e: number }): CharRange => ({
    start: v.toks[p.s].start,
    end: v.toks[p.e - 1].end,
  });
  const parts = f.parts.map(range);
  return {
    content: { start: parts[0].start, end: parts[parts.length - 1].end },
    parts,
    cue: range(f.cue),
    source: f.source ? range(f.source) : null,
    direct: f.parts.every((p) => opensRegion(v, p.s) && closesRegion(v, p.e - 1)),
    kind: f.kind,
    rule: f.rule,
  };
}
