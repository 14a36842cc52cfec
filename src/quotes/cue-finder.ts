// Reporting cues in a sentence, matched against the lexicon token by token (longest phrase wins),
// with the auxiliaries and adverbs right before them ("has also said") folded into the cue. A verb
// form right after a determiner ("the report", "his plan") is a noun, not a cue; words inside a
// direct quote are the speaker's own and never cue an attribution.
import { type CueKind, cuePatterns, lex } from './lexicon.js';
import type { TokRange } from './source-phrase.js';
import { isCapitalized, isWord, type TokenView } from './token-view.js';

export interface Cue extends TokRange {
  /** Token index of the verb or phrase itself (after any folded auxiliaries). */
  head: number;
  kind: CueKind;
}

export function findCues(v: TokenView, s: number, e: number): Cue[] {
  const out: Cue[] = [];
  const headline = titleCase(v, s, e);
  for (let i = s; i < e; i++) {
    if (v.regionOf[i] >= 0) continue;
    const pats = cuePatterns.get(v.lower[i]);
    if (!pats) continue;
    const prev = i > s ? v.lower[i - 1] : '';
    for (const p of pats) {
      const n = p.words.length;
      if (i + n > e) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = v.lower[i + k] === p.words[k] && v.regionOf[i + k] < 0;
      if (!ok) continue;
      if (
        p.kind !== 'according' &&
        ((isCapitalized(v, i) && i !== s && !headline) || lex.determiners.has(prev))
      )
        continue;
      if (p.kind === 'according' && isCapitalized(v, i) && i !== s && prev !== '(' && prev !== ',') continue;
      if (p.kind === 'thought' && !thoughtComplement(v, i + n, e)) continue;
      if ((p.kind === 'intent' || p.kind === 'raising') && v.lower[i + n] !== 'to') continue;
      if (p.nounLike && !subjectLikeBefore(v, i, s)) continue;
      if (prev === 'to' && p.kind !== 'according') continue;
      if (p.base && p.nounLike && !pluralOrModalBefore(v, i, s)) continue;
      if (p.participle && v.lower[i] !== 'asked' && passiveBefore(v, i, s)) continue;
      let start = i;
      while (start - 1 >= s && v.regionOf[start - 1] < 0) {
        const w = v.lower[start - 1];
        const adverb = lex.cueAdverbs.has(w) || (/^[a-z]{4,}ly$/.test(w) && w !== 'only');
        if (!(lex.auxiliaries.has(w) || adverb) || w === "'s") break;
        start--;
      }
      out.push({ s: start, e: i + n, head: i, kind: p.kind });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** A belief verb reports something only with a clause after it ("thinks that…", "believes he…"). */
function thoughtComplement(v: TokenView, j: number, e: number): boolean {
  if (j >= e) return false;
  const w = v.lower[j];
  return w === 'that' || lex.subjectPronouns.has(w) || lex.determiners.has(w) || isCapitalized(v, j);
}

/** The word before a noun-like verb could end its subject: a pronoun, a name, a plural, an auxiliary. */
function subjectLikeBefore(v: TokenView, i: number, s: number): boolean {
  if (i === s) return false;
  const w = v.lower[i - 1];
  if (lex.prepositions.has(w) || lex.determiners.has(w) || w === "'s" || w === '’s' || /^\p{N}/u.test(w))
    return false;
  if (w === ',' || isCapitalized(v, i - 1) || lex.subjectPronouns.has(w) || lex.relativePronouns.has(w))
    return true;
  if (lex.auxiliaries.has(w) || lex.cueAdverbs.has(w)) return true;
  if (/[^s]s$/.test(w) || w === 'people' || w === 'police') return true;
  // "the new poll shows": a noun after a determiner or a name.
  const w2 = i - 2 >= s ? v.lower[i - 2] : '';
  return isWord(v, i - 1) && (lex.determiners.has(w2) || (i - 2 >= s && isCapitalized(v, i - 2)));
}

/** "was told", "is reported": a passive, whose subject is not the speaker. */
function passiveBefore(v: TokenView, i: number, s: number): boolean {
  let k = i - 1;
  while (k >= s && lex.cueAdverbs.has(v.lower[k])) k--;
  return k >= s && lex.beAuxiliaries.has(v.lower[k]) && v.lower[k] !== "'s";
}

const PLURAL_SUBJECTS = new Set([
  'they',
  'we',
  'i',
  'you',
  'who',
  'people',
  'police',
  'many',
  'some',
  'others',
  'both',
  'all',
]);
const MODALS = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'did',
  'do',
  'does',
  "n't",
  'not',
]);

/** "they report", "would tell": a bare verb form is a verb only after a plural subject or a modal. */
function pluralOrModalBefore(v: TokenView, i: number, s: number): boolean {
  let k = i - 1;
  while (k >= s && lex.cueAdverbs.has(v.lower[k]) && !MODALS.has(v.lower[k])) k--;
  if (k < s) return false;
  const w = v.lower[k];
  return PLURAL_SUBJECTS.has(w) || MODALS.has(w) || /[^s'’]s$/.test(w);
}

/** A headline in title case ("Senator Says Talks Will Resume"), where verbs are capitalized too. */
function titleCase(v: TokenView, s: number, e: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s; i < e && words < 40; i++) {
    if (!/^\p{L}{4,}/u.test(v.toks[i].text)) continue;
    words++;
    if (isCapitalized(v, i)) caps++;
  }
  return words >= 3 && caps / words >= 0.8;
}
