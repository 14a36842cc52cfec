// What the attribution tagger knows about each token beyond its text: the paragraph it sits in
// (the tagging unit; PolNeAR attributions almost never cross one), quote-mark state, the lexicon
// cues the rules accepted, the role the rule-based finder gave it, the entity type from the
// language core, and the nearest accepted cue on either side. Built once per document, linear.
import type { Cue } from './cue-finder.js';
import type { Frame } from './cue-frame.js';
import { cuePatterns } from './lexicon.js';
import type { EntityHint } from './source-name.js';
import { closesRegion, opensRegion, type TokenView } from './token-view.js';

export interface Segment {
  s: number;
  e: number;
}

export interface TokenContext {
  v: TokenView;
  /** Tagging units: paragraphs, cut at sentence ends when longer than MAX_SEGMENT tokens. */
  segments: Segment[];
  /** 'o' outside quotes, 'O' opening mark, 'C' closing mark, 'i' inside. */
  quote: string[];
  /** Accepted cue kind with position ("speech-B"), or ''. */
  cue: string[];
  /** The word opens some lexicon cue (before the rules' filters). */
  lexCue: Uint8Array;
  /** Role from the rule-based finder with position ("content-B"), or ''. */
  rule: string[];
  /** Entity label with position ("PERSON-B"), or ''. */
  entity: string[];
  /** Head token of the nearest accepted cue before / after, in the same segment, or -1. */
  leftCue: Int32Array;
  rightCue: Int32Array;
  /** Nearest lexicon cue word before / after, in the same segment, or -1. */
  leftLex: Int32Array;
  rightLex: Int32Array;
  /** The first-stage tagger's output, when this context feeds the second stage. */
  prior?: Prior;
}

export interface Prior {
  /** Role with position ("cue-B"), or ''. */
  role: string[];
  /** Nearest predicted cue token before / after, in the same segment, or -1. */
  leftCue: Int32Array;
  rightCue: Int32Array;
}

const MAX_SEGMENT = 300;

export function buildContext(
  v: TokenView,
  frames: readonly Frame[],
  cues: readonly Cue[],
  entities: readonly EntityHint[],
): TokenContext {
  const n = v.toks.length;
  const quote = new Array<string>(n);
  for (let i = 0; i < n; i++)
    quote[i] = v.regionOf[i] < 0 ? 'o' : opensRegion(v, i) ? 'O' : closesRegion(v, i) ? 'C' : 'i';
  const cue = new Array<string>(n).fill('');
  for (const c of cues) for (let i = c.s; i < c.e; i++) cue[i] = `${c.kind}-${i === c.s ? 'B' : 'I'}`;
  const lexCue = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (cuePatterns.has(v.lower[i])) lexCue[i] = 1;
  const rule = new Array<string>(n).fill('');
  const mark = (r: { s: number; e: number }, role: string) => {
    for (let i = r.s; i < r.e; i++) if (!rule[i]) rule[i] = `${role}-${i === r.s ? 'B' : 'I'}`;
  };
  for (const f of frames) {
    mark(f.cue, 'cue');
    if (f.source) mark(f.source, 'source');
    for (const p of f.parts) mark(p, 'content');
  }
  const entity = entityTags(v, entities);
  const segments = segment(v);
  const headMark = new Uint8Array(n);
  for (const c of cues) headMark[c.head] = 1;
  const [leftCue, rightCue] = nearestMarks(segments, headMark);
  const [leftLex, rightLex] = nearestMarks(segments, lexCue);
  return { v, segments, quote, cue, lexCue, rule, entity, leftCue, rightCue, leftLex, rightLex };
}

/** For each token, the nearest marked token before and after it in the same segment, or -1. */
export function nearestMarks(segments: readonly Segment[], marks: Uint8Array): [Int32Array, Int32Array] {
  const left = new Int32Array(marks.length).fill(-1);
  const right = new Int32Array(marks.length).fill(-1);
  for (const { s, e } of segments) {
    let last = -1;
    for (let i = s; i < e; i++) {
      left[i] = last;
      if (marks[i]) last = i;
    }
    last = -1;
    for (let i = e - 1; i >= s; i--) {
      right[i] = last;
      if (marks[i]) last = i;
    }
  }
  return [left, right];
}

/** The context with the first stage's spans attached (for the second stage's features). */
export function withPrior(
  ctx: TokenContext,
  spans: readonly { s: number; e: number; role: string }[],
): TokenContext {
  const n = ctx.v.toks.length;
  const role = new Array<string>(n).fill('');
  const cueMark = new Uint8Array(n);
  for (const x of spans) {
    for (let i = x.s; i < x.e; i++) role[i] = `${x.role}-${i === x.s ? 'B' : 'I'}`;
    if (x.role === 'cue') cueMark[x.e - 1] = 1;
  }
  const [leftCue, rightCue] = nearestMarks(ctx.segments, cueMark);
  return { ...ctx, prior: { role, leftCue, rightCue } };
}

function entityTags(v: TokenView, entities: readonly EntityHint[]): string[] {
  const out = new Array<string>(v.toks.length).fill('');
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const m of sorted) {
    while (t < v.toks.length && v.toks[t].end <= m.start) t++;
    for (let i = t; i < v.toks.length && v.toks[i].start < m.end; i++)
      out[i] = `${m.label}-${i === t ? 'B' : 'I'}`;
  }
  return out;
}

/** Paragraphs (a line break between two tokens ends one), long ones cut at sentence ends. */
function segment(v: TokenView): Segment[] {
  const out: Segment[] = [];
  const n = v.toks.length;
  let s = 0;
  for (let i = 1; i <= n; i++) {
    const brk =
      i === n ||
      v.text.slice(v.toks[i - 1].end, v.toks[i].start).includes('\n') ||
      (i - s >= MAX_SEGMENT && v.sentenceOf[i] !== v.sentenceOf[i - 1]) ||
      i - s >= 2 * MAX_SEGMENT;
    if (brk) {
      out.push({ s, e: i });
      s = i;
    }
  }
  return out;
}
