// One attribution from one cue: which side of the cue the source stands on, and which side the
// content does. "X said (that) …" and "X said: “…”" put the content after; "…, X said" and
// "“…,” said X" before; "according to X" takes its source after and its content on the other side.
// What follows a cue before its content — "in a statement", "on Tuesday", the hearer of "told" —
// is skipped, and a content clause stops where the next comma-led cue ("…, adding …") begins.
import type { Cue } from './cue-finder.js';
import { lex } from './lexicon.js';
import { leftSource, rightSource, type TokRange } from './source-phrase.js';
import { closesRegion, isCapitalized, isWord, opensRegion, type TokenView } from './token-view.js';

export interface Frame {
  cue: TokRange;
  source: TokRange | null;
  /** Content pieces as token ranges; quote regions are referenced by index in `regions`. */
  parts: TokRange[];
  regions: number[];
  rule: string;
  kind: Cue['kind'];
}

const OBJECT_VERBS = new Set([
  'tell',
  'told',
  'tells',
  'telling',
  'ask',
  'asked',
  'asks',
  'asking',
  'urge',
  'urged',
  'urges',
  'urging',
  'warn',
  'warned',
  'warns',
  'warning',
  'assure',
  'assured',
  'assures',
  'inform',
  'informed',
  'informs',
  'remind',
  'reminded',
  'advise',
  'advised',
  'email',
  'emailed',
  'e-mailed',
  'text',
  'texted',
]);

/** Skips what stands between a cue and its content; returns the first content token. */
function skipTail(v: TokenView, cue: Cue, e: number): number {
  let j = cue.e;
  if (OBJECT_VERBS.has(v.lower[cue.e - 1])) j = skipObject(v, j, e);
  for (let guard = 0; guard < 4 && j < e; guard++) {
    const w = v.lower[j];
    if (lex.timeWords.has(w) && !(w === 'this' && !lex.timeWords.has(v.lower[j + 1] ?? ''))) {
      while (j < e && (lex.timeWords.has(v.lower[j]) || /^\p{N}/u.test(v.lower[j]))) j++;
      continue;
    }
    if (lex.prepositions.has(w) && v.regionOf[j] < 0) {
      const end = prepPhraseEnd(v, j, e);
      if (end > j) {
        j = end;
        continue;
      }
    }
    break;
  }
  return j;
}

function skipObject(v: TokenView, j: number, e: number): number {
  if (j >= e) return j;
  const w = v.lower[j];
  if (lex.objectWords.has(w)) return j + 1;
  let k = j;
  if (lex.determiners.has(w)) k++;
  const capStart = k;
  while (k < e && isCapitalized(v, k) && v.regionOf[k] < 0) k++;
  if (k > capStart) return k;
  if (k > j && k < e && isWord(v, k) && !lex.subjectPronouns.has(v.lower[k])) return k + 1;
  return j;
}

/** A prepositional phrase naming the occasion ("in a statement", "on Twitter", "at a rally"). */
function prepPhraseEnd(v: TokenView, j: number, e: number): number {
  let k = j + 1;
  let occasion = false;
  while (k < e && k - j <= 8) {
    const w = v.lower[k];
    if (v.regionOf[k] >= 0 || !isWord(v, k) || w === 'that' || lex.subjectPronouns.has(w)) break;
    if (lex.auxiliaries.has(w) || lex.clauseStarters.has(w)) break;
    if (lex.determiners.has(w) && k > j + 1 && !lex.prepositions.has(v.lower[k - 1])) break;
    if (lex.nouns.has(w) || lex.timeWords.has(w) || isCapitalized(v, k)) occasion = true;
    k++;
  }
  return occasion ? k : j;
}

/** End of a content clause starting at `j`: the sentence end, or before a comma-led cue. */
function clauseEnd(v: TokenView, j: number, e: number, cueAt: ReadonlySet<number>): number {
  let k = j;
  while (k < e) {
    if (v.lower[k] === ',' && k + 1 < e && cueAt.has(k + 1) && v.regionOf[k] < 0) break;
    k++;
  }
  while (k > j && /^[.,;:!?—–-]$/.test(v.lower[k - 1]) && v.regionOf[k - 1] < 0) k--;
  return k;
}

/** Content before the source: a quote closing just before, or the clause from the sentence start. */
function contentBefore(v: TokenView, s: number, at: number): { part: TokRange; region: number } | null {
  let k = at - 1;
  while (k >= s && (v.lower[k] === ',' || v.lower[k] === '—' || v.lower[k] === '–') && v.regionOf[k] < 0) k--;
  if (k < s) return null;
  if (closesRegion(v, k)) {
    const r = v.regionOf[k];
    let st = k;
    while (st > 0 && v.regionOf[st - 1] === r) st--;
    return { part: { s: st, e: k + 1 }, region: r };
  }
  if (k === at - 1) return null;
  let st = s + datelineLength(v, s, k);
  while (st < k && (lex.leadingConnectives.has(v.lower[st]) || !isWord(v, st)) && !opensRegion(v, st)) st++;
  return { part: { s: st, e: k + 1 }, region: -1 };
}

/** "WASHINGTON, Dec. 8 (UPI) —" at the start of a lede is not part of what was said. */
function datelineLength(v: TokenView, s: number, k: number): number {
  for (let i = s; i < Math.min(k, s + 12); i++) {
    const w = v.lower[i];
    if (w === '—' || w === '–' || w === '--') return /^\p{Lu}{2}/u.test(v.toks[s].text) ? i + 1 - s : 0;
  }
  return 0;
}

/** A quote opening at token `j` (after an optional colon or comma). */
function quoteAfter(v: TokenView, j: number, e: number): number {
  let k = j;
  if (k < e && /^[:,—–]$/.test(v.lower[k])) k++;
  return k < e && opensRegion(v, k) ? k : -1;
}

function regionRange(v: TokenView, first: number): TokRange {
  const r = v.regionOf[first];
  let k = first;
  while (k + 1 < v.toks.length && v.regionOf[k + 1] === r) k++;
  return { s: first, e: k + 1 };
}

export function buildFrame(
  v: TokenView,
  s: number,
  e: number,
  cue: Cue,
  cueAt: ReadonlySet<number>,
): Frame | null {
  const frame = (
    source: TokRange | null,
    parts: TokRange[],
    regions: number[],
    rule: string,
  ): Frame | null =>
    parts.length && parts[0].e > parts[0].s ? { cue, source, parts, regions, rule, kind: cue.kind } : null;

  if (cue.kind === 'according') {
    const stopComma = new Set(cueAt);
    const src = rightSource(v, cue.e, e, stopComma);
    if (!src) return null;
    let srcEnd = src.e;
    for (let k = src.s; k < src.e; k++)
      if (v.lower[k] === ',') {
        srcEnd = k;
        break;
      }
    const source = { s: src.s, e: srcEnd };
    const before = contentBefore(v, s, cue.s);
    if (before && before.part.e > before.part.s)
      return frame(source, [before.part], before.region >= 0 ? [before.region] : [], 'content-according-to');
    let j = srcEnd;
    while (j < e && /^[,:]$/.test(v.lower[j])) j++;
    return frame(source, [{ s: j, e: clauseEnd(v, j, e, cueAt) }], [], 'according-to-content');
  }

  const left = leftSource(v, s, cue.s, cueAt);
  const source = left ?? rightSource(v, cue.e, e, cueAt);
  if (!source) return null;
  const after = left ? skipTail(v, cue, e) : skipTailFrom(v, source.e, e);
  const anchor = left ? left.s : cue.s;
  const before = contentBefore(v, s, anchor);
  const q = quoteAfter(v, after, e);
  if (before && before.region >= 0) {
    const parts = [before.part];
    const regions = [before.region];
    if (q >= 0) {
      parts.push(regionRange(v, q));
      regions.push(v.regionOf[q]);
    }
    return frame(source, parts, regions, 'quote-then-cue');
  }
  if (q >= 0) return frame(source, [regionRange(v, q)], [v.regionOf[q]], 'cue-then-quote');
  const restWords = countWords(v, after, e);
  if (restWords === 0 || (v.lower[after] === ',' && cueAt.has(after + 1))) {
    if (before) return frame(source, [before.part], [], 'clause-then-cue');
    // "X said:" closing a sentence, with the quote opening the next one.
    if (v.lower[e - 1] === ':' && e < v.toks.length && opensRegion(v, e)) {
      return frame(source, [regionRange(v, e)], [v.regionOf[e]], 'cue-colon-quote');
    }
    return null;
  }
  let j = after;
  // "As X reported, …": the content is the main clause after the comma.
  if (v.lower[anchor - 1] === 'as' && v.lower[j] === ',') j++;
  if (v.lower[j] === ',' || v.lower[j] === ':') j++;
  return frame(source, [{ s: j, e: clauseEnd(v, j, e, cueAt) }], [], 'cue-then-clause');
}

function skipTailFrom(v: TokenView, j: number, e: number): number {
  let k = j;
  while (k < e && /^[,]$/.test(v.lower[k]) && !opensRegion(v, k + 1)) k++;
  return k;
}

function countWords(v: TokenView, j: number, e: number): number {
  let n = 0;
  for (let k = j; k < e; k++) if (isWord(v, k) || v.regionOf[k] >= 0) n++;
  return n;
}
