// Name normalization for matching mentions across spellings: diacritics (Nicolás/Nicolas), titles
// (President, Secretary of State), possessives, punctuation, initials, acronyms and common
// transliteration variants (Zelenskyy/Zelensky).
import titleData from './data/titles.json' with { type: 'json' };

const titles = new Set(titleData.titles);
const maxTitleWords = Math.max(...titleData.titles.map((t) => t.split(' ').length));

export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Lower-case words of a name with diacritics, possessives and punctuation removed. */
export function nameWords(name: string): string[] {
  return foldDiacritics(name)
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Names recur in every document and across the index, so their keys are computed once (bounded). */
const MEMO_LIMIT = 200_000;
const strippedMemo = new Map<string, string[]>();
const keyMemo = new Map<string, string>();

function remember<T>(memo: Map<string, T>, name: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, value);
  return value;
}

/** The name's words without leading titles ("Secretary of State Marco Rubio" → marco rubio). */
export function strippedWords(name: string): string[] {
  const known = strippedMemo.get(name);
  return (known ?? remember(strippedMemo, name, computeStrippedWords(name))).slice();
}

function computeStrippedWords(name: string): string[] {
  const words = nameWords(name);
  let i = 0;
  outer: while (i < words.length - 1) {
    for (let n = Math.min(maxTitleWords, words.length - i - 1); n >= 1; n--) {
      if (titles.has(words.slice(i, i + n).join(' '))) {
        i += n;
        continue outer;
      }
    }
    break;
  }
  const rest = words.slice(i);
  return rest[0] === 'the' && rest.length > 1 ? rest.slice(1) : rest;
}

/** Collapses spelling variants that transliteration produces: doubled letters, y/i, final -ij/-iy. */
export function translitKey(word: string): string {
  return word
    .replace(/(?:iy|yi|ij|yy|ii)$/u, 'i')
    .replace(/y/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** The key two spellings of one name share. */
export function nameKey(name: string): string {
  return keyMemo.get(name) ?? remember(keyMemo, name, strippedWords(name).map(translitKey).join(' '));
}

/** The last word of a person's name, as matched against a bare surname. */
export function surnameKey(name: string): string | null {
  const words = strippedWords(name);
  return words.length ? translitKey(words[words.length - 1]) : null;
}

/** Acronyms a multiword name may go by: initials of all words, and of the capitalised ones only. */
export function acronymsOf(name: string): string[] {
  const parts = foldDiacritics(name)
    .split(/[\s/,.&-]+/)
    .filter(Boolean);
  if (parts.length < 2) return [];
  const all = parts
    .map((p) => p[0])
    .join('')
    .toUpperCase();
  const capitalised = parts
    .filter((p) => /^\p{Lu}/u.test(p))
    .map((p) => p[0])
    .join('')
    .toUpperCase();
  return [...new Set([all, capitalised])].filter((a) => a.length >= 2);
}

/** An acronym as written ("RFE/RL", "U.S.") reduced to its letters, or null when it isn't one. */
export function acronymKey(text: string): string | null {
  const letters = foldDiacritics(text).replace(/[./&-]/g, '');
  return /^\p{Lu}[\p{Lu}\p{N}]{1,9}$/u.test(letters) ? letters : null;
}
