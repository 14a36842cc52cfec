// Ties tagged spans into attributions. Within a paragraph every cue is one attribution; each
// content span joins the cue nearest to it (so “…,” she said, “…” gives one quote in two parts) and
// each source span the cue nearest to it, one source per cue. A cue the tagger gave no source (in
// its sentence) takes the rule-based finder's source for that cue, else the subject phrase around
// it, else the nearest person, organisation or pronoun before it; `rule` says which. A cue with no
// content is dropped.
import type { Segment, TokenContext } from './attribution-context.js';
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
  ctx: TokenContext,
  spans: readonly RoleSpan[],
  frames: readonly Frame[],
  kindAt: (tok: number) => CueKind | null,
): FoundQuote[] {
  const { v, segments } = ctx;
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
      // A source the tagger tied in from another sentence loses to one in the cue's own.
      if (src && v.sentenceOf[src.s] !== v.sentenceOf[cue.s]) src = null;
      let rule = 'tagged-source';
      if (!src) {
        for (let i = cue.s; i < cue.e && !src; i++) src = ruleSource.get(i) ?? null;
        rule = 'rule-source';
      }
      if (!src) {
        src = subjectOf(v, ctx.entity, cue, parts[c], cueAt);
        rule = src ? 'subject-source' : 'no-source';
      }
      const kind = kindAt(cue.e - 1) ?? kindAt(cue.s) ?? 'speech';
      out.push(toQuote(v, cue, parts[c], src, kind, rule));
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
  entity: readonly string[],
  cue: RoleSpan,
  parts: readonly RoleSpan[],
  cueAt: ReadonlySet<number>,
): TokRange | null {
  const sent = v.sentences[v.sentenceOf[cue.s]];
  if (!sent) return null;
  const left = leftSource(v, sent.s, cue.s, cueAt);
  if (left && plausibleSource(v, left)) return left;
  const right = parts.every((p) => p.e <= cue.s) ? rightSource(v, cue.e, sent.e, cueAt) : null;
  if (right && plausibleSource(v, right)) return right;
  return mentionBefore(v, entity, sent.s, cue.s);
}

/** Not a stray function word or a clause swept up by the phrase walk ("and", "his plan and"). */
function plausibleSource(v: TokenView, r: TokRange): boolean {
  if (r.e - r.s > 12) return false;
  const first = v.lower[r.s];
  const last = v.lower[r.e - 1];
  if (CONJUNCTIONS.has(first) || CONJUNCTIONS.has(last)) return false;
  if (r.e - r.s === 1 && (lex.cueAdverbs.has(first) || lex.auxiliaries.has(first))) return false;
  return /[\p{L}\p{N}]/u.test(v.toks[r.s].text);
}

const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'so', 'yet']);
const SPEAKER_TYPES = /^(?:PERSON|ORG|GPE|NORP|PER)-/;

/** The nearest person, organisation or subject pronoun before the cue in its sentence. */
function mentionBefore(v: TokenView, entity: readonly string[], s: number, cue: number): TokRange | null {
  for (let k = cue - 1; k >= s; k--) {
    if (lex.subjectPronouns.has(v.lower[k]) && v.regionOf[k] < 0) return { s: k, e: k + 1 };
    if (!SPEAKER_TYPES.test(entity[k])) continue;
    let b = k;
    while (b > s && entity[b].endsWith('-I')) b--;
    return { s: b, e: k + 1 };
  }
  return null;
}

function toQuote(
  v: TokenView,
  cue: RoleSpan,
  parts: readonly RoleSpan[],
  source: { s: number; e: number } | null,
  kind: CueKind,
  rule: string,
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
    rule: `tagger:${rule}`,
  };
}
