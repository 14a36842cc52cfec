// Word shapes for the tagger: "Igla-S" → "Xx-X" (short, runs collapsed) and "Xxxx-X" (long, runs
// capped at four), so unseen words with a familiar form still get informative features.

export function wordShape(word: string, long: boolean): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (!long || run >= 4) continue;
    } else run = 0;
    out += c;
    last = c;
    if (out.length > 12) break;
  }
  return out;
}

const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(word);
}

export function isAllCaps(word: string): boolean {
  return !HAS_LOWER.test(word) && HAS_UPPER.test(word);
}

export function hasLower(word: string): boolean {
  return HAS_LOWER.test(word);
}

export function hasLetter(word: string): boolean {
  return HAS_LOWER.test(word) || HAS_UPPER.test(word);
}

export const F_LETTER = 1;
export const F_ALLCAPS = 2;
export const F_CAP = 4;
export const F_LOWER = 8;
/** A short function word that headline style leaves in lower case ("of", "the"). */
export const F_SMALL = 16;

const SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'but',
  'by',
  'with',
  'from',
  'as',
  'vs',
]);

const flagCache = new Map<string, number>();

/** Case facts about a word as bits (F_*), cached: sentence classifiers ask for every word. */
export function wordFlags(w: string): number {
  let f = flagCache.get(w);
  if (f !== undefined) return f;
  const lower = HAS_LOWER.test(w);
  const upper = HAS_UPPER.test(w);
  f =
    (lower || upper ? F_LETTER : 0) |
    (upper && !lower ? F_ALLCAPS : 0) |
    (isCapitalized(w) ? F_CAP : 0) |
    (lower ? F_LOWER : 0) |
    (w.length < 5 && SMALL.has(w.toLowerCase()) ? F_SMALL : 0);
  if (flagCache.size > 500_000) flagCache.clear();
  flagCache.set(w, f);
  return f;
}
