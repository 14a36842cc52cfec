// The source phrase around a cue: the subject before it ("Rep. Jane Roe, a member of the panel,
// said"), or the inverted subject after it ("…,” said Jane Roe). Without a parser the edges come
// from closed word classes: clause starters, auxiliaries, punctuation and quote marks end a noun
// phrase; appositives between commas are walked over to the name they describe.
import { lex } from './lexicon.js';
import { isCapitalized, isWord, type TokenView } from './token-view.js';

/** Token range [s, e). */
export interface TokRange {
  s: number;
  e: number;
}

/** Longest source phrase considered, in tokens; also bounds every backward scan. */
const MAX_PHRASE = 40;

const INNER_PUNCT = new Set(['(', ')', '&', '/', "'s", '’s', "'", '’', '.']);
const POSSESSIVE = new Set(["'s", '’s']);

/** Extends a noun phrase ending at `k` (inclusive) leftwards; returns its first token. */
function npStart(v: TokenView, s: number, k: number, cueAt: ReadonlySet<number>): number {
  let start = k;
  const floor = Math.max(s, k - MAX_PHRASE);
  while (start - 1 >= floor) {
    const p = start - 1;
    const w = v.lower[p];
    if (v.regionOf[p] >= 0) break;
    if (!isWord(v, p) && !INNER_PUNCT.has(w) && !attachedHyphen(v, p)) break;
    if (lex.clauseStarters.has(w) || lex.relativePronouns.has(w) || cueAt.has(p)) break;
    if (lex.auxiliaries.has(w) && !POSSESSIVE.has(w)) break;
    if ((w === 'and' || w === 'or') && lex.subjectPronouns.has(v.lower[start])) break;
    if (lex.subjectPronouns.has(w) && w !== 'it' && start !== k) break;
    start = p;
  }
  return trimLeading(v, start, k);
}

/** Drops connectives ("But", "Still") and a leading prepositional phrase before the subject. */
function trimLeading(v: TokenView, start: number, k: number): number {
  let st = start;
  while (st < k && (lex.leadingConnectives.has(v.lower[st]) || !isWord(v, st))) st++;
  if (st < k && lex.prepositions.has(v.lower[st])) {
    for (let j = k; j > st + 1; j--) {
      const w = v.lower[j];
      if (lex.subjectPronouns.has(w) || (isCapitalized(v, j) && !isCapitalized(v, j - 1))) return j;
    }
    return st + 1;
  }
  return st;
}

function segmentHasAux(v: TokenView, seg: TokRange): boolean {
  for (let i = seg.s; i < seg.e; i++) {
    const w = v.lower[i];
    if (w !== "'s" && w !== '’s' && lex.auxiliaries.has(w)) return true;
  }
  return false;
}

function npLike(v: TokenView, range: TokRange, cueAt: ReadonlySet<number>): boolean {
  let st = range.s;
  while (st < range.e - 1 && (lex.leadingConnectives.has(v.lower[st]) || v.lower[st] === 'when')) st++;
  const seg = { s: st, e: range.e };
  const n = seg.e - seg.s;
  if (n < 1 || n > 10) return false;
  const first = v.lower[seg.s];
  if (lex.clauseStarters.has(first) || lex.prepositions.has(first)) return false;
  for (let i = seg.s; i < seg.e; i++) if (cueAt.has(i)) return false;
  return !segmentHasAux(v, seg);
}

function appositiveLike(v: TokenView, seg: TokRange): boolean {
  const n = seg.e - seg.s;
  if (n < 1 || n > 18) return false;
  const first = v.lower[seg.s];
  if (first === 'who' || first === 'whose' || first === 'which') return true;
  if (lex.leadingConnectives.has(first) && n === 1) return true;
  return !segmentHasAux(v, seg) && !lex.clauseStarters.has(first) && !lex.prepositions.has(first);
}

/**
 * The subject before a cue that starts at token `cueStart`, or null. `cueAt` marks tokens that
 * are themselves cues, which no noun phrase crosses.
 */
export function leftSource(
  v: TokenView,
  s: number,
  cueStart: number,
  cueAt: ReadonlySet<number>,
): TokRange | null {
  const k = cueStart - 1;
  if (k < s) return null;
  const w = v.lower[k];
  if (v.regionOf[k] >= 0) return null;
  if (lex.relativePronouns.has(w)) return { s: k, e: k + 1 };
  if (isWord(v, k) || w === ')') {
    if (lex.clauseStarters.has(w) || lex.prepositions.has(w)) return null;
    const start = npStart(v, s, k, cueAt);
    return start <= k ? { s: start, e: k + 1 } : null;
  }
  if (w === ',') return appositiveSource(v, s, k, cueAt);
  return null;
}

/** "Name, appositive, said": walks back over comma-separated appositives to the head phrase. */
function appositiveSource(
  v: TokenView,
  s: number,
  comma: number,
  cueAt: ReadonlySet<number>,
): TokRange | null {
  let b = comma - 1;
  const floor = Math.max(s, comma - 2 * MAX_PHRASE);
  while (b >= floor && v.regionOf[b] < 0 && !/^(?:[;:—–-]|--)$/.test(v.lower[b])) b--;
  if (b < floor && floor > s) return null;
  const segs: TokRange[] = [];
  let end = comma;
  for (let i = comma - 1; i > b; i--) {
    if (v.lower[i] === ',') {
      segs.unshift({ s: i + 1, e: end });
      end = i;
    }
  }
  segs.unshift({ s: b + 1, e: end });
  if (segs.length < 2 || !appositiveLike(v, segs[segs.length - 1])) return null;
  let head = -1;
  for (let i = segs.length - 2; i >= 0; i--) {
    if (npLike(v, segs[i], cueAt)) head = i;
    else if (head < 0 && segs[i].e > segs[i].s) {
      // "It was years ago that Jane Roe, who …, said": the name ends a longer clause.
      const st = npStart(v, segs[i].s, segs[i].e - 1, cueAt);
      if (segs[i].e - st <= 8 && isCapitalized(v, st)) return { s: st, e: comma + 1 };
    }
    if (!appositiveLike(v, segs[i])) break;
  }
  if (head < 0) return null;
  let start = segs[head].s;
  while (start < comma - 1 && (lex.leadingConnectives.has(v.lower[start]) || v.lower[start] === 'when'))
    start++;
  return { s: trimLeading(v, start, comma - 1), e: comma + 1 };
}

/** The inverted subject after a cue ending at token `cueEnd`: up to a quote, a comma-led cue or the end. */
export function rightSource(
  v: TokenView,
  cueEnd: number,
  e: number,
  cueAt: ReadonlySet<number>,
  anyNoun = false,
): TokRange | null {
  const j = cueEnd;
  if (j >= e || v.regionOf[j] >= 0 || !isWord(v, j)) return null;
  const w = v.lower[j];
  const ok =
    anyNoun ||
    isCapitalized(v, j) ||
    lex.determiners.has(w) ||
    /^\p{N}/u.test(w) ||
    ['one', 'two', 'three', 'several', 'many', 'most', 'he', 'she', 'they'].includes(w);
  if (!ok || lex.prepositions.has(w) || lex.leadingConnectives.has(w)) return null;
  let end = j;
  const stop = Math.min(e, j + MAX_PHRASE);
  while (end < stop && v.regionOf[end] < 0 && !cueAt.has(end)) {
    const t = v.lower[end];
    if (t === ',' && end + 1 < e && (v.regionOf[end + 1] >= 0 || cueAt.has(end + 1))) break;
    if (t === ';' || t === ':') break;
    end++;
  }
  while (end > j && /^[.,!?;:]$/.test(v.lower[end - 1])) end--;
  return end > j ? { s: j, e: end } : null;
}

/** A hyphen written without spaces inside a word ("Colombia‑based"), not a dash between clauses. */
function attachedHyphen(v: TokenView, i: number): boolean {
  return (
    /^[-‐‑]$/.test(v.toks[i].text) &&
    i > 0 &&
    i + 1 < v.toks.length &&
    v.toks[i - 1].end === v.toks[i].start &&
    v.toks[i].end === v.toks[i + 1].start
  );
}
