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

// Verbs whose hearer stands between them and the content ("told reporters that …"). With "ask"
// and "urge" the hearer is part of the content ("asked them to leave"), so they are not here.
const OBJECT_VERBS = new Set(
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
const MAX_SPAN = 250;
const MAX_PHRASE = 40;

const PARTICLES = new Set(['on', 'with', 'about', 'for', 'of', 'against']);

const COMPLEMENTIZERS = new Set(['that', 'whether', 'how', 'why']);

/** A "that" a few words on, past an occasion or hearer the tail rules did not know ("said Thursday during a taping in Buffalo, that …"). */
function laterComplementizer(
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
function skipTail(v: TokenView, cue: Cue, e: number): number {
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
  const stop = Math.min(e, j + MAX_SPAN);
  while (k < stop) {
    if (v.lower[k] === ',' && k + 1 < e && cueAt.has(k + 1) && v.regionOf[k] < 0) break;
    k++;
  }
  while (k > j && /^[.,;:!?—–-]$/.test(v.lower[k - 1]) && v.regionOf[k - 1] < 0) k--;
  return k;
}

/** Content before the source: a quote closing just before, or the clause from the sentence start. */
function contentBefore(
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
function mainClauseStart(v: TokenView, s: number, e: number): number {
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

/** “…?” Jane Roe said. — the splitter ended the sentence inside the quote before the attribution. */
function quoteEndingBefore(v: TokenView, s: number, at: number): TokRange | null {
  const p = s - 1;
  if (at !== s || p < 0 || !closesRegion(v, p) || v.text.slice(v.toks[p].end, v.toks[s].start).includes('\n'))
    return null;
  const r = v.regionOf[p];
  let st = p;
  while (st > 0 && v.regionOf[st - 1] === r) st--;
  return { s: st, e: p + 1 };
}

/** Tokens [from, to) are an unquoted lead-in to a quote: words only, no other quote, cue or colon. */
function leadIn(v: TokenView, from: number, to: number, cueAt: ReadonlySet<number>): boolean {
  if (to <= from || to - from > 40 || v.regionOf[from] >= 0) return false;
  for (let i = from; i < to; i++) {
    if (cueAt.has(i) || (v.regionOf[i] < 0 && /^[:;.!?]$/.test(v.lower[i]))) return false;
  }
  return true;
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
  if (k < e && opensRegion(v, k)) return k;
  // "said at a news conference, “…”", "acknowledged, however, “…”": a short aside, then the quote.
  for (let i = j; i < Math.min(e - 1, j + 9); i++) {
    if (v.regionOf[i] >= 0 || /^[;.!?]$/.test(v.lower[i])) return -1;
    if (/^[:,—–]$/.test(v.lower[i]) && i > j && opensRegion(v, i + 1)) return i + 1;
  }
  return -1;
}

function regionRange(v: TokenView, first: number): TokRange {
  const r = v.regionOf[first];
  let k = first;
  while (k + 1 < v.toks.length && v.regionOf[k + 1] === r) k++;
  return { s: first, e: k + 1 };
}

/** The subject at the start of a sentence (after a dateline, connectives and a leading phrase). */
function sentenceSubject(v: TokenView, s: number, k: number): TokRange | null {
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
  if (restWords === 0 || (v.lower[after] === ',' && cueAt.has(after + 1))) {
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
  let j = laterComplementizer(v, after, e, cueAt, objectVerb);
  // "insisted on building", "agreed with the analysis": the particle belongs to the cue.
  if (j === after && PARTICLES.has(v.lower[j]) && j + 1 < e && v.regionOf[j] < 0) j++;
  // "As X reported, …": the content is the main clause after the comma.
  if (v.lower[anchor - 1] === 'as' && v.lower[j] === ',') j++;
  const interrupted = left && v.lower[j] === ',' && v.lower[anchor - 1] === ',';
  if (v.lower[j] === ',' || v.lower[j] === ':') j++;
  const rest = { s: j, e: clauseEnd(v, j, e, cueAt) };
  // "The only problem, she said, is …": the sentence is cut in two around the attribution.
  if (interrupted && before) return frame(source, [before.part, rest], [], 'interrupted-clause');
  // "…, which the inquiry said was careless": the relative pronoun opens the content.
  if (left && anchor - 1 >= s && (v.lower[anchor - 1] === 'which' || v.lower[anchor - 1] === 'what')) {
    return frame(source, [{ s: anchor - 1, e: anchor }, rest], [], 'relative-clause');
  }
  return frame(source, [rest], [], 'cue-then-clause');
}

function skipTailFrom(v: TokenView, j: number, e: number): number {
  let k = j;
  while (k < e && /^[,]$/.test(v.lower[k]) && !opensRegion(v, k + 1)) k++;
  return k;
}

/** Words (or quoted tokens) in [j, e), counted up to `cap` so a long sentence costs nothing extra. */
function countWords(v: TokenView, j: number, e: number, cap = 2): number {
  let n = 0;
  for (let k = j; k < e && n < cap; k++) if (isWord(v, k) || (v.regionOf[k] >= 0 && isWord(v, k))) n++;
  return n;
}
