// Plain text and Markdown leftovers into blocks: blank lines (or single newlines when the text has
// no blank lines) separate blocks; markdown markers become shapes and link density, then are stripped.
// A paragraph broken by a stray blank line (next piece starts in lower case) is joined back.
import type { Block } from './block.js';
import { endsSentence } from './block.js';

const HEADING = /^#{1,6}\s+/;
const BULLET = /^\s*(?:[-*•+]|\d{1,2}[.)])\s+/;
const MD_LINK = /\[([^\]]*)\]\([^)]*\)|<(https?:[^>\s]+)>/g;

/** Removes markdown inline markup, keeping the visible words: `[text](url)` → `text`. */
export function stripInlineMarkdown(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s.,;:!?)]|$)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!$])/g, '$1')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

export function textBlocks(text: string): Block[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const hasBlankLines = /\n[ \t\u00a0]*\n/.test(normalized.trim());
  const pieces = hasBlankLines ? normalized.split(/\n[ \t\u00a0]*\n/) : normalized.split('\n');
  const blocks: Block[] = [];
  for (const piece of pieces) {
    const lines = piece
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    const units = lines.length > 1 && !softWrapped(lines) ? lines : [lines.join(' ')];
    for (const unit of units) {
      const block = toBlock(unit);
      const prev = blocks.at(-1);
      if (prev?.shape === 'paragraph' && block.shape === 'paragraph' && continues(prev.text, block.text)) {
        prev.text = `${prev.text} ${block.text}`;
        continue;
      }
      blocks.push(block);
    }
  }
  return blocks.filter((b) => b.text.length > 0);
}

/** Lines wrapped at a fixed width belong to one paragraph; one paragraph per line does not look like that. */
function softWrapped(lines: readonly string[]): boolean {
  if (lines.some((l) => BULLET.test(l) || HEADING.test(l))) return false;
  const long = lines.filter((l) => l.length > 160).length;
  const sentenceEnds = lines.slice(0, -1).filter((l) => endsSentence(l)).length;
  return long === 0 && sentenceEnds < (lines.length - 1) / 2;
}

function continues(prev: string, next: string): boolean {
  return !endsSentence(prev) && !prev.endsWith(':') && /^\p{Ll}/u.test(next) && prev.split(' ').length > 8;
}

function toBlock(line: string): Block {
  const raw = line.trim();
  const linkChars = [...raw.matchAll(MD_LINK)].reduce((n, m) => n + (m[1] ?? m[2] ?? '').length, 0);
  const text = stripInlineMarkdown(raw.replace(HEADING, '').replace(/^>\s*/, ''));
  const linkDensity = text.length ? Math.min(1, linkChars / text.length) : 0;
  if (HEADING.test(raw)) return { text, shape: 'heading', linkDensity };
  if (BULLET.test(raw) && !/^\d{4}\b/.test(raw)) {
    const item = stripInlineMarkdown(raw.replace(BULLET, ''));
    return {
      text: item,
      shape: 'list-item',
      linkDensity: item.length ? Math.min(1, linkChars / item.length) : 0,
    };
  }
  if (raw.startsWith('>')) return { text, shape: 'quote', linkDensity };
  return { text, shape: 'paragraph', linkDensity };
}
