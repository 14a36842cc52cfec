// Sentence boundaries with offsets. Line structure comes first: a blank line always ends a sentence,
// and so does a single line break unless the next line visibly continues the previous one (starts in
// lower case after a line without final punctuation), so headings and list items stand alone.
// Within a block, ". ! ? …" end a sentence when what follows starts a new one; closing quotes and
// brackets stay with the sentence they close. Abbreviations decide with the shared list.
import { abbreviationKind, isSentenceStarter } from './abbreviations.js';
import { type Token, tokenize } from './tokenize.js';

export interface SentenceRange {
  start: number;
  end: number;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);
const TERMINALS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);

export function splitSentences(text: string, tokens: readonly Token[] = tokenize(text)): SentenceRange[] {
  const out: SentenceRange[] = [];
  let first = 0;
  const close = (lastIdx: number) => {
    if (lastIdx >= first) out.push({ start: tokens[first].start, end: tokens[lastIdx].end });
    first = lastIdx + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    const tok = tokens[i];
    if (lineBreakBetween(text, tok, next)) {
      close(i);
      continue;
    }
    if (!endsSentence(tok)) continue;
    let j = i;
    while (tokens[j + 1] && CLOSERS.has(tokens[j + 1].text) && tokens[j + 1].start === tokens[j].end) j++;
    const after = tokens[j + 1];
    if (!after || after.start === tokens[j].end) continue;
    if (!startsSentence(after.text, tok)) continue;
    close(j);
    i = j;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return out;
}

function endsSentence(tok: Token): boolean {
  if (TERMINALS.has(tok.text)) return true;
  if (!tok.text.endsWith('.') || tok.text.length < 2) return false;
  return true;
}

function startsSentence(next: string, prev: Token): boolean {
  const c = next.charAt(0);
  const upperOrDigit = /[\p{Lu}\p{N}"“‘'([«—–-]/u.test(c) || !/\p{L}/u.test(c);
  if (!upperOrDigit) return false;
  if (!prev.text.endsWith('.') || prev.text.length < 2) return true;
  const bare = prev.text.slice(0, -1);
  // An initial ("R.") or a title ("Gen.") never ends a sentence; "U.S." or "Inc." does before "The".
  if (bare.length === 1 && /\p{Lu}/u.test(bare)) return false;
  const kind = abbreviationKind(bare);
  if (kind === 'title') return false;
  if (kind === 'other' || /^(?:\p{L}\.)+\p{L}$/u.test(bare)) return isSentenceStarter(next);
  return true;
}

function lineBreakBetween(text: string, a: Token, b: Token): boolean {
  let newlines = 0;
  for (let k = a.end; k < b.start; k++) if (text.charCodeAt(k) === 10) newlines++;
  if (newlines === 0) return false;
  if (newlines > 1) return true;
  const continues = /\p{Ll}/u.test(b.text.charAt(0)) && !/[.!?:;"”]$/.test(a.text);
  return !continues;
}
