// What follows a cue: the hearer of "told", the occasion ("in a statement", "on Tuesday"), a
// particle ("insisted on"), and where the content clause after it ends. Every scan is bounded so
// a run-on "sentence" with thousands of cues stays linear.
import type { Cue } from './cue-finder.js';
import { lex } from './lexicon.js';
import type { TokRange } from './source-phrase.js';
import { isCapitalized, isWord, opensRegion, type TokenView } from './token-view.js';

// Verbs whose hearer stands between them and the content ("told reporters that …"). With "ask"
// and "urge" the hearer is part of the content ("asked them to leave"), so they are not here.
export const OBJECT_VERBS = new Set(
  [
    'tell',
    'told',
    'tells',
    'telling',
    'warn',
    'warned',
    'warns',
    'warning',
    'assure',
    'assured',
    'assures',
  ].concat(['inform', 'informed', 'informs', 'remind', 'reminded', 'email', 'emailed', 'e-mailed', 'texted']),
);

// Scans stop after these many tokens, so a run-on "sentence" with thousands of cues stays linear.
export const MAX_SPAN = 250;
export const MAX_PHRASE = 40;

export const PARTICLES = new Set(['on', 'with', 'about', 'for', 'of', 'against']);

const COMPLEMENTIZERS = new Set(['that', 'whether', 'how', 'why']);

/** A "that" a few words on, past an occasion or hearer the tail rules did not know ("said Thursday during a taping in Buffalo, that …"). */
export function laterComplementizer(
  v: TokenView,
  j: number,
  e: number,
  cueAt: ReadonlySet<number>,
  afterObject = false,
): number {
  const w = v.lower[j];
  if (COMPLEMENTIZERS.has(w)) return j;
  const opener =
    afterObject ||
    lex.prepositions.has(w) ||
    lex.timeWords.has(w) ||
    w === ',' ||
    lex.cueAdverbs.has(w) ||
    lex.leadingConnectives.has(w);
  if (!opener) return j;
  for (let k = j + 1; k < Math.min(e, j + 20); k++) {
    if (v.regionOf[k] >= 0 || cueAt.has(k) || /^[;:.!?—]$/.test(v.lower[k])) return j;
    if (COMPLEMENTIZERS.has(v.lower[k])) return k;
  }
  return j;
}

/** Skips what stands between a cue and its content; returns the first content token. */
export function skipTail(v: TokenView, cue: Cue, e: number): number {
  let j = cue.e;
  if (OBJECT_VERBS.has(v.lower[cue.e - 1])) {
    const k = skipObject(v, j, e);
    // "told Jane Roe to leave": with an infinitive the hearer is part of what was told.
    if (v.lower[k] === 'to') return j;
    j = k;
  }
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

export function skipObject(v: TokenView, j: number, e: number): number {
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
export function prepPhraseEnd(v: TokenView, j: number, e: number): number {
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
export function clauseEnd(v: TokenView, j: number, e: number, cueAt: ReadonlySet<number>): number {
  let k = j;
  const stop = Math.min(e, j + MAX_SPAN);
  while (k < stop) {
    if (v.lower[k] === ',' && k + 1 < e && cueAt.has(k + 1) && v.regionOf[k] < 0) break;
    k++;
  }
  while (k > j && /^[.,;:!?—–-]$/.test(v.lower[k - 1]) && v.regionOf[k - 1] < 0) k--;
  return k;
}

/** A quote opening at token `j` (after an optional colon or comma). */
export function quoteAfter(v: TokenView, j: number, e: number): number {
  let k = j;
  if (k < e && /^[:,—–]$/.test(v.lower[k])) k++;
  if (k < e && opensRegion(v, k)) return k;
  // "said at a news conference, “…”", "acknowledged, however, “…”": a short aside, then the quote.
  for (let i = j; i < Math.min(e - 1, j + 9); i++) {
    if (v.regionOf[i] >= 0 || /^[;.!?]$/.test(v.lower[i])) return -1;
    if (/^[:,—–]$/.test(v.lower[i]) && i > j && opensRegion(v, i + 1)) return i + 1;
  }
  return -1;
}

export function regionRange(v: TokenView, first: number): TokRange {
  const r = v.regionOf[first];
  let k = first;
  while (k + 1 < v.toks.length && v.regionOf[k + 1] === r) k++;
  return { s: first, e: k + 1 };
}

export function skipTailFrom(v: TokenView, j: number, e: number): number {
  let k = j;
  while (k < e && /^[,]$/.test(v.lower[k]) && !opensRegion(v, k + 1)) k++;
  return k;
}

/** Words (or quoted tokens) in [j, e), counted up to `cap` so a long sentence costs nothing extra. */
export function countWords(v: TokenView, j: number, e: number, cap = 2): number {
  let n = 0;
  for (let k = j; k < e && n < cap; k++) if (isWord(v, k) || (v.regionOf[k] >= 0 && isWord(v, k))) n++;
  return n;
}
