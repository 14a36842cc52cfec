// Tokens with offsets into the text they came from. One sticky regex pass, so time is linear in
// the input (a 5 MB line without punctuation is one scan). Abbreviations and initials keep their
// period ("Gen.", "R.", "U.S."), numbers keep their separators ("5,000", "20.5"), hyphenated
// names stay whole ("Igla-S", "al-Assad"), and the English clitics "'s" and "n't" split off so an
// entity ends where the name ends ("Russia" + "'s").
import { abbreviationKind, isNameParticle } from './abbreviations.js';

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Order matters: URLs and e-mails, dotted acronyms, numbers, words, ellipses, dashes, any other char.
const TOKEN_RE =
  /https?:\/\/[^\s<>"'“”]+[^\s<>"'“”.,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\p{L}\.){2,}(?!\p{L})|\p{N}+(?:[.,:/-]\p{N}+)*(?:(?:st|nd|rd|th|s)(?![\p{L}\p{N}]))?(?:[-–]\p{L}[\p{L}\p{N}]*)?|[\p{L}\p{M}\p{N}_]+(?:[-'’&][\p{L}\p{M}\p{N}]+(?!\.\p{L}))*|\.{2,}|-{2,}|\p{Extended_Pictographic}[\p{M}\p{Emoji_Modifier}]*(?:\u200d\p{Extended_Pictographic}[\p{M}\p{Emoji_Modifier}]*)*|[\s\S]/uy;

const SPACE_RE = /[\s\p{Cc}\p{Cf}\p{Zs}]+/uy;
const CLITIC_RE = /(?:['’][sS]|[nN]['’][tT])$/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    SPACE_RE.lastIndex = pos;
    if (SPACE_RE.test(text)) {
      pos = SPACE_RE.lastIndex;
      if (pos >= n) break;
    }
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    // The last alternative matches any char, so m is never null here; guard for the type checker.
    let end = m ? TOKEN_RE.lastIndex : pos + 1;
    let word = text.slice(pos, end);
    const first = word.charCodeAt(0);
    const isWord = first > 64 && !word.includes('.');
    if (isWord && text.charCodeAt(end) === 46 /* . */ && takesPeriod(word)) {
      end += 1;
      word += '.';
    }
    if (isWord && word.includes('-') && splitHyphens(word, pos, out)) {
      pos = end;
      continue;
    }
    if (isWord && word.length > 2 && CLITIC_RE.test(word)) {
      const cut = word.length - (word[word.length - 1] === 't' || word[word.length - 1] === 'T' ? 3 : 2);
      out.push({ start: pos, end: pos + cut, text: word.slice(0, cut) });
      out.push({ start: pos + cut, end, text: word.slice(cut) });
    } else {
      out.push({ start: pos, end, text: word });
    }
    pos = end;
  }
  return out;
}

/** A word directly followed by "." keeps the period when it is an initial or a known abbreviation. */
function takesPeriod(word: string): boolean {
  if (word.length === 1) return /\p{Lu}/u.test(word);
  return abbreviationKind(word) !== null;
}

const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * Splits "Guaidó-led" and "anti-Maduro" at the hyphen, where a name meets an ordinary word, so
 * the name is a token of its own; "al-Assad", "Igla-S" and "Il-76" stay whole.
 */
function splitHyphens(word: string, at: number, out: Token[]): boolean {
  const parts = word.split('-');
  let cut = false;
  for (let k = 1; k < parts.length; k++) {
    const a = parts[k - 1];
    const b = parts[k];
    if (
      (UPPER_START.test(a) && LOWER_START.test(b)) ||
      (LOWER_START.test(a) && UPPER_START.test(b) && !isNameParticle(a))
    )
      cut = true;
  }
  if (!cut) return false;
  let o = at;
  parts.forEach((p, k) => {
    if (k > 0) {
      out.push({ start: o, end: o + 1, text: '-' });
      o++;
    }
    if (p) out.push({ start: o, end: o + p.length, text: p });
    o += p.length;
  });
  return true;
}
