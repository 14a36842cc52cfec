// One attribution from one cue: which side of the cue the source stands on, and which side the
// content does. "X said (that) …" and "X said: “…”" put the content after; "…, X said" and
// "“…,” said X" before; "according to X" takes its source after and its content on the other side.
// What follows a cue before its content — "in a statement", "on Tuesday", the hearer of "told" —
// is skipped, and a content clause stops where the next comma-led cue ("…, adding …") begins.
import { contentBefore, mainClauseStart, quoteEndingBefore, sentenceSubject } from './content-before.js';
import type { Cue } from './cue-finder.js';
import {
  clauseEnd,
  countWords,
  laterComplementizer,
  OBJECT_VERBS,
  PARTICLES,
  quoteAfter,
  regionRange,
  skipTail,
  skipTailFrom,
} from './cue-tail.js';
import { lex } from './lexicon.js';
import { leftSource, rightSource, type TokRange } from './source-phrase.js';
import { closesRegion, isCapitalized, opensRegion, type TokenView } from './token-view.js';

export interface Frame {
  cue: TokRange;
  source: TokRange | null;
  /** Content pieces as token ranges; quote regions are referenced by index in `regions`. */
  parts: TokRange[];
  regions: number[];
  rule: string;
  kind: Cue['kind'];
}

const PASSIVE_LEAD = new Set(['when', 'was', 'were', 'being', 'been', 'after', 'if', 'once', 'is', 'are']);
const QUESTION_WORDS = new Set([
  'whether',
  'if',
  'how',
  'what',
  'why',
  'about',
  'to',
  'when',
  'who',
  'where',
]);

/**
 * "(When) asked whether …, she said": the question is the content, and the asker (if named with
 * "by") the source. Returns undefined when "asked" is not used this way.
 */
function askedPassive(
  v: TokenView,
  s: number,
  e: number,
  cue: Cue,
  cueAt: ReadonlySet<number>,
): Frame | null | undefined {
  const prev = v.lower[cue.head - 1] ?? '';
  if (!(cue.head === s || PASSIVE_LEAD.has(prev))) return undefined;
  let source: TokRange | null = null;
  let j = cue.e;
  if (v.lower[j] === 'by') {
    let k = j + 1;
    while (k < e && (isCapitalized(v, k) || lex.determiners.has(v.lower[k])) && v.regionOf[k] < 0) k++;
    if (k > j + 1) source = { s: j + 1, e: k };
    j = k;
  }
  for (let k = j; k < Math.min(e, j + 10); k++) {
    if (v.regionOf[k] >= 0 || cueAt.has(k) || /^[,;:.!?]$/.test(v.lower[k])) return null;
    if (!QUESTION_WORDS.has(v.lower[k])) continue;
    let end = k;
    while (end < e && v.regionOf[end] < 0 && !/^[,;:.!?]$/.test(v.lower[end]) && !cueAt.has(end)) end++;
    if (end - k < 2) return null;
    return { cue, source, parts: [{ s: k, e: end }], regions: [], rule: 'asked-question', kind: cue.kind };
  }
  return null;
}

export function buildFrame(
  v: TokenView,
  s: number,
  e: number,
  cue: Cue,
  cueAt: ReadonlySet<number>,
  prevSource: TokRange | null = null,
): Frame | null {
  const frame = (
    source: TokRange | null,
    parts: TokRange[],
    regions: number[],
    rule: string,
  ): Frame | null =>
    parts.length && parts[0].e > parts[0].s ? { cue, source, parts, regions, rule, kind: cue.kind } : null;

  if (cue.kind === 'according') {
    const src = rightSource(v, cue.e, e, cueAt, true);
    if (!src) return null;
    let srcEnd = src.e;
    for (let k = src.s; k < src.e; k++)
      if (v.lower[k] === ',') {
        srcEnd = k;
        break;
      }
    const source = { s: src.s, e: srcEnd };
    const before = contentBefore(v, s, cue.s, cueAt);
    if (before && before.part.e > before.part.s) {
      const part =
        before.region >= 0
          ? before.part
          : { s: mainClauseStart(v, before.part.s, before.part.e), e: before.part.e };
      return frame(source, [part], before.region >= 0 ? [before.region] : [], 'content-according-to');
    }
    let j = srcEnd;
    while (j < e && /^[,:]$/.test(v.lower[j])) j++;
    return frame(source, [{ s: j, e: clauseEnd(v, j, e, cueAt) }], [], 'according-to-content');
  }

  if (v.lower[cue.head] === 'asked') {
    const passive = askedPassive(v, s, e, cue, cueAt);
    if (passive !== undefined) return passive;
  }
  // "…, saying …" and "… and said …": the cue takes the subject of the clause it hangs from.
  const hangs =
    (v.lower[cue.s - 1] === ',' && v.lower[cue.head].endsWith('ing')) || v.lower[cue.s - 1] === 'and';
  if (hangs && cue.s - 1 > s && v.regionOf[cue.s - 1] < 0) {
    const subject = prevSource ?? sentenceSubject(v, s, cue.s - 1);
    if (!subject) return null;
    const j = skipTail(v, cue, e);
    const q = quoteAfter(v, j, e);
    if (q >= 0) return frame(subject, [regionRange(v, q)], [v.regionOf[q]], 'participle-quote');
    const k = v.lower[j] === ',' || v.lower[j] === ':' ? j + 1 : j;
    return frame(subject, [{ s: k, e: clauseEnd(v, k, e, cueAt) }], [], 'participle-clause');
  }
  const left = leftSource(v, s, cue.s, cueAt);
  // "Turnout seems to be rising": the subject is part of the content, and nobody is its source.
  if (cue.kind === 'raising') {
    if (!left) return null;
    return frame(null, [left, { s: cue.e, e: clauseEnd(v, cue.e, e, cueAt) }], [], 'raising');
  }
  // After a closed quote any phrase can be the inverted source ("…,” said former Gov. Jane Roe).
  const afterQuote =
    cue.s > 0 && (closesRegion(v, cue.s - 1) || (v.lower[cue.s - 1] === ',' && closesRegion(v, cue.s - 2)));
  const source = left ?? rightSource(v, cue.e, e, cueAt, afterQuote || cue.s === s);
  if (!source) return null;
  const after = left ? skipTail(v, cue, e) : skipTailFrom(v, source.e, e);
  const anchor = left ? left.s : cue.s;
  const before = contentBefore(v, s, anchor, cueAt);
  const q = quoteAfter(v, after, e);
  // A one- or two-word title in quotes before the source ("On “Hannity,” Roe said the …") is not
  // what was said when a clause follows the cue.
  const titleOnly =
    before !== null &&
    before.region >= 0 &&
    before.part.s > s &&
    countWords(v, before.part.s, before.part.e, 8) < 4 &&
    q < 0 &&
    countWords(v, after, e, 3) >= 3;
  if (before && before.region >= 0 && !titleOnly) {
    const parts = [before.part];
    const regions = [before.region];
    if (q >= 0) {
      parts.push(regionRange(v, q));
      regions.push(v.regionOf[q]);
    }
    return frame(source, parts, regions, 'quote-then-cue');
  }
  if (q >= 0) return frame(source, [regionRange(v, q)], [v.regionOf[q]], 'cue-then-quote');
  // "In a 1963 speech, he declared:" with the quote opening the next paragraph.
  if (v.lower[e - 1] === ':' && e < v.toks.length && opensRegion(v, e) && countWords(v, after, e) === 0) {
    return frame(source, [regionRange(v, e)], [v.regionOf[e]], 'cue-colon-quote');
  }
  const restWords = countWords(v, after, e);
  // "…, she said, looking out at the crowd": a participle after the cue describes the speaking.
  const manner = v.lower[after] === ',' && /^\p{Ll}+ing$/u.test(v.lower[after + 1] ?? '') && before !== null;
  if (restWords === 0 || manner || (v.lower[after] === ',' && cueAt.has(after + 1))) {
    if (before) return frame(source, [before.part], [], 'clause-then-cue');
    const prior = quoteEndingBefore(v, s, anchor);
    if (prior) return frame(source, [prior], [v.regionOf[prior.s]], 'quote-then-cue');
    // "X said:" closing a sentence, with the quote opening the next one.
    if (v.lower[e - 1] === ':' && e < v.toks.length && opensRegion(v, e)) {
      return frame(source, [regionRange(v, e)], [v.regionOf[e]], 'cue-colon-quote');
    }
    return null;
  }
  const objectVerb = OBJECT_VERBS.has(v.lower[cue.e - 1]) && left !== null;
  // "told Jane Roe to leave": with an infinitive the hearer is part of what was told.
  if (objectVerb && v.lower[after] === 'to' && after > cue.e) {
    return frame(source, [{ s: cue.e, e: clauseEnd(v, cue.e, e, cueAt) }], [], 'cue-then-clause');
  }
  // "The only problem, she said, is …": the sentence is cut in two around the attribution.
  const interrupted =
    left !== null && v.lower[after] === ',' && v.lower[anchor - 1] === ',' && before !== null;
  let j = interrupted ? after : laterComplementizer(v, after, e, cueAt, objectVerb);
  // "insisted on building", "agreed with the analysis": the particle belongs to the cue.
  if (j === after && PARTICLES.has(v.lower[j]) && j + 1 < e && v.regionOf[j] < 0) j++;
  // "As X reported, …": the content is the main clause after the comma.
  if (v.lower[anchor - 1] === 'as' && v.lower[j] === ',') j++;
  if (v.lower[j] === ',' || v.lower[j] === ':') j++;
  const rest = { s: j, e: clauseEnd(v, j, e, cueAt) };
  if (interrupted && before) return frame(source, [before.part, rest], [], 'interrupted-clause');
  // "…, which the inquiry said was careless": the relative pronoun opens the content.
  if (left && anchor - 1 >= s && (v.lower[anchor - 1] === 'which' || v.lower[anchor - 1] === 'what')) {
    return frame(source, [{ s: anchor - 1, e: anchor }, rest], [], 'relative-clause');
  }
  return frame(source, [rest], [], 'cue-then-clause');
}
