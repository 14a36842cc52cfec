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
