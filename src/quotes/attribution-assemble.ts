// Ties tagged spans into attributions. Within a paragraph every cue is one attribution; each
// content span joins the cue nearest to it (so “…,” she said, “…” gives one quote in two parts) and
// each source span the cue nearest to it, one source per cue. A cue the tagger gave no source
// keeps the rule-based finder's source for that cue; a cue with no content is dropped.
import type { Segment } from './attribution-context.js';
import type { RoleSpan } from './attribution-roles.js';
import type { Frame } from './cue-frame.js';
import { type CueKind, lex } from './lexicon.js';
import type { FoundQuote } from './quote-finder.js';
import { leftSource, rightSource, type TokRange } from './source-phrase.js';
import { closesRegion, opensRegion, type TokenView } from './token-view.js';

function gap(a: RoleSpan, b: RoleSpan): number {
  return a.e <= b.s ? b.s - a.e : b.e <= a.s ? a.s - b.e : 0;
}

function nearest(x: RoleSpan, cues: readonly RoleSpan[]): number {
  let best = -1;
  let bestGap = Number.POSITIVE_INFINITY;
  for (let k = 0; k < cues.length; k++) {
    const g = gap(x, cues[k]);
    if (g < bestGap) {
      bestGap = g;
      best = k;
    }
  }
  return best;
}

export function assemble(
  v: TokenView,
  segments: readonly Segment[],
  spans: readonly RoleSpan[],
  frames: readonly Frame[],
  kindAt: (tok: number) => CueKind | null,
): FoundQuote[] {
  const ruleSource = new Map<number, Frame['source']>();
  for (const f of frames) for (let i = f.cue.s; i < f.cue.e; i++) ruleSource.set(i, f.source);
  const out: FoundQuote[] = [];
  let k = 0;
  for (const seg of segments) {
    const mine: RoleSpan[] = [];
    while (k < spans.length && spans[k].s < seg.e) mine.push(spans[k++]);
    const taken = new Set<number>();
    for (const x of mine) for (let i = x.s; i < x.e; i++) taken.add(i);
    const cues = mine.filter((x) => x.role === 'cue').map((x) => widenCue(v, seg, x, taken));
    if (!cues.length) continue;
    const cueAt = new Set<number>();
    for (const x of cues) for (let i = x.s; i < x.e; i++) cueAt.add(i);
    const parts: RoleSpan[][] = cues.map(() => []);
    const sources: (RoleSpan | null)[] = cues.map(() => null);
    for (const x of mine) {
      if (x.role === 'cue') continue;
      const c = nearest(x, cues);
      if (x.role === 'content') parts[c].push(x);
      else if (!sources[c] || gap(x, cues[c]) < gap(sources[c] as RoleSpan, cues[c])) sources[c] = x;
    }
    cues.forEach((cue, c) => {
      if (!parts[c].length) return;
      let src: { s: number; e: number } | null = sources[c];
      if (!src) for (let i = cue.s; i < cue.e && !src; i++) src = ruleSource.get(i) ?? null;
      src ??= subjectOf(v, cue, parts[c], cueAt);
      const kind = kindAt(cue.e - 1) ?? kindAt(cue.s) ?? 'speech';
      out.push(toQuote(v, cue, parts[c], src, kind));
    });
  }
  return out;
}

/** "has also said": auxiliaries and adverbs right before a cue belong to it, as PolNeAR marks cues. */
function widenCue(v: TokenView, seg: Segment, cue: RoleSpan, taken: ReadonlySet<number>): RoleSpan {
  let s = cue.s;
  while (s - 1 >= seg.s && !taken.has(s - 1) && v.regionOf[s - 1] < 0) {
    const w = v.lower[s - 1];
    if (!lex.auxiliaries.has(w) && !lex.cueAdverbs.has(w) && !/^\p{Ll}{3,}ly$/u.test(v.toks[s - 1].text))
      break;
    s--;
  }
  return s === cue.s ? cue : { ...cue, s };
}

/**
 * The subject phrase right before the cue, or the inverted subject right after it when the content
 * stands before the cue, for a cue the tagger gave no source.
 */
function subjectOf(
  v: TokenView,
  cue: RoleSpan,
  parts: readonly RoleSpan[],
  cueAt: ReadonlySet<number>,
): TokRange | null {
  const sent = v.sentences[v.sentenceOf[cue.s]];
  if (!sent) return null;
  const left = leftSource(v, sent.s, cue.s, cueAt);
  if (left) return left;
  return parts.every((p) => p.e <= cue.s) ? rightSource(v, cue.e, sent.e, cueAt) : null;
}

function toQuote(
  v: TokenView,
  cue: RoleSpan,
  parts: readonly RoleSpan[],
  source: { s: number; e: number } | null,
  kind: CueKind,
): FoundQuote {
  const range = (p: { s: number; e: number }) => ({ start: v.toks[p.s].start, end: v.toks[p.e - 1].end });
  const chars = parts.map(range);
  return {
    content: { start: chars[0].start, end: chars[chars.length - 1].end },
    parts: chars,
    cue: range(cue),
    source: source ? range(source) : null,
    direct: parts.every((p) => opensRegion(v, p.s) && closesRegion(v, p.e - 1)),
    kind,
    rule: 'attribution-tagger',
  };
}
