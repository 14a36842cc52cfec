// What stands before a cue and its source: a quote that just closed, the clause from the sentence
// start (past a dateline and a lead-in), or the subject a participle hangs from.
import { MAX_PHRASE, MAX_SPAN } from './cue-tail.js';
import { lex } from './lexicon.js';
import type { TokRange } from './source-phrase.js';
import { closesRegion, isCapitalized, isWord, opensRegion, type TokenView } from './token-view.js';

/** Content before the source: a quote closing just before, or the clause from the sentence start. */
export function contentBefore(
  v: TokenView,
  s: number,
  at: number,
  cueAt: ReadonlySet<number>,
): { part: TokRange; region: number } | null {
  let k = at - 1;
  while (k >= s && (v.lower[k] === ',' || v.lower[k] === '—' || v.lower[k] === '–') && v.regionOf[k] < 0) k--;
  if (k < s) return null;
  const lead = s + datelineLength(v, s, k);
  if (closesRegion(v, k)) {
    const r = v.regionOf[k];
    let st = k;
    while (st > 0 && v.regionOf[st - 1] === r) st--;
    // "But when it comes to X, “…,” she said": the lead-in belongs to what she said.
    return { part: { s: leadIn(v, lead, st, cueAt) ? lead : st, e: k + 1 }, region: r };
  }
  if (k === at - 1) return null;
  let st = Math.max(lead, k + 1 - MAX_SPAN);
  while (st < k && !isWord(v, st) && !opensRegion(v, st)) st++;
  return { part: { s: st, e: k + 1 }, region: -1 };
}

/**
 * Where the main clause of [s, e) starts: past connectives ("And", "But"), a colon-ended lead, and a
 * leading adverbial clause ("In October, as it became clear, his campaign …").
 */
export function mainClauseStart(v: TokenView, s: number, e: number): number {
  let st = s;
  for (let i = s; i < e; i++) if (v.lower[i] === ':' && v.regionOf[i] < 0) st = i + 1;
  while (st < e - 1 && lex.leadingConnectives.has(v.lower[st])) st++;
  const w = v.lower[st];
  if (!lex.prepositions.has(w) && !lex.clauseStarters.has(w)) return st;
  for (let i = st + 1; i < e - 1; i++) {
    if (v.lower[i] !== ',' || v.regionOf[i] >= 0) continue;
    const n = v.lower[i + 1];
    if (lex.clauseStarters.has(n) || lex.prepositions.has(n) || lex.relativePronouns.has(n)) continue;
    return i + 1;
  }
  return st;
}

/** “…?” Jane Roe said. — the splitter ended the sentence inside the quote before the attribution. */
export function quoteEndingBefore(v: TokenView, s: number, at: number): TokRange | null {
  const p = s - 1;
  if (at !== s || p < 0 || !closesRegion(v, p) || v.text.slice(v.toks[p].end, v.toks[s].start).includes('\n'))
    return null;
  const r = v.regionOf[p];
  let st = p;
  while (st > 0 && v.regionOf[st - 1] === r) st--;
  return { s: st, e: p + 1 };
}

/** Tokens [from, to) are an unquoted lead-in to a quote: words only, no other quote, cue or colon. */
export function leadIn(v: TokenView, from: number, to: number, cueAt: ReadonlySet<number>): boolean {
  if (to <= from || to - from > 40 || v.regionOf[from] >= 0) return false;
  for (let i = from; i < to; i++) {
    if (cueAt.has(i) || (v.regionOf[i] < 0 && /^[:;.!?]$/.test(v.lower[i]))) return false;
  }
  return true;
}

/** "WASHINGTON, Dec. 8 (UPI) —" at the start of a lede is not part of what was said. */
export function datelineLength(v: TokenView, s: number, k: number): number {
  for (let i = s; i < Math.min(k, s + 12); i++) {
    const w = v.lower[i];
    if (w === '—' || w === '–' || w === '--') return /^\p{Lu}{2}/u.test(v.toks[s].text) ? i + 1 - s : 0;
  }
  return 0;
}

/** The subject at the start of a sentence (after a dateline, connectives and a leading phrase). */
export function sentenceSubject(v: TokenView, s: number, k: number): TokRange | null {
  let st = s + datelineLength(v, s, k);
  while (st < k && (lex.leadingConnectives.has(v.lower[st]) || !isWord(v, st))) st++;
  if (lex.prepositions.has(v.lower[st]) || lex.clauseStarters.has(v.lower[st])) {
    let c = st;
    while (c < k && v.lower[c] !== ',') c++;
    if (c >= k) return null;
    st = c + 1;
  }
  let en = st;
  while (en < Math.min(k, st + MAX_PHRASE) && v.regionOf[en] < 0) {
    const w = v.lower[en];
    const nominal =
      isCapitalized(v, en) ||
      lex.determiners.has(w) ||
      w === 'of' ||
      w === "'s" ||
      w === '’s' ||
      lex.roleNouns.has(w);
    if (!nominal && !(en === st && lex.subjectPronouns.has(w))) break;
    en++;
    if (en - st === 1 && lex.subjectPronouns.has(w)) break;
  }
  return en > st ? { s: st, e: en } : null;
}
