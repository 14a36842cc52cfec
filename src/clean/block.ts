// A block is one paragraph-sized piece of an article before classification: its text, what the source
// markup said it was (an <h2>, a <li>, a markdown "## " line), how much of it was link text, and any
// hint the markup gave (a container classed "caption" or "related"). The classifier weighs these.
import type { RemovalReason } from '../doc/index.js';

export type BlockShape = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption' | 'cell';

export interface Block {
  text: string;
  shape: BlockShape;
  /** Share of the characters that were inside links (HTML <a> or markdown [text](url)). */
  linkDensity: number;
  /** What the surrounding markup suggested this block is, when it looked like furniture. */
  hint?: RemovalReason;
}

const TERMINAL = /[.!?…]["'”’»)\]]*$/u;

export function endsSentence(text: string): boolean {
  return TERMINAL.test(text.trim());
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  if (!m) return 0;
  // Scripts written without spaces: count characters in rough word-sized units.
  const cjk = text.match(
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu,
  );
  return cjk && cjk.length > m.length ? Math.ceil(cjk.length / 2) : m.length;
}
