// Plain text and Markdown leftovers into blocks: blank lines (or single newlines when the text has
// no blank lines) separate blocks; markdown markers become shapes and are stripped from the text.
import type { Block } from './block.js';

const HEADING = /^#{1,6}\s+/;
const BULLET = /^\s*(?:[-*•+]|\d{1,2}[.)])\s+/;
const BOLD_ONLY = /^\*\*[^*]+\*\*$/;
const LINK_ONLY = /^\[[^\]]*\]\([^)]*\)$|^<https?:[^>]+>$/;

/** Removes markdown inline markup, keeping the visible words: `[text](url)` → `text`. */
export function stripInlineMarkdown(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\W)[*_]([^*_\n]+)[*_](?=\W|$)/g, '$1$2')
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
    // Bullets inside one blank-line block are separate list items.
    if (lines.length > 1 && lines.every((l) => BULLET.test(l))) {
      for (const l of lines) blocks.push(toBlock(l));
      continue;
    }
    blocks.push(toBlock(lines.join(' ')));
  }
  return blocks.filter((b) => b.text.length > 0);
}

function toBlock(line: string): Block {
  const raw = line.trim();
  const boldOnly = BOLD_ONLY.test(raw);
  const linkOnly = LINK_ONLY.test(raw);
  if (HEADING.test(raw)) return { text: stripInlineMarkdown(raw.replace(HEADING, '')), shape: 'heading' };
  if (BULLET.test(raw) && !/^\d{4}\b/.test(raw)) {
    return { text: stripInlineMarkdown(raw.replace(BULLET, '')), shape: 'list-item', linkOnly };
  }
  if (raw.startsWith('>')) return { text: stripInlineMarkdown(raw.replace(/^>\s*/, '')), shape: 'quote' };
  return { text: stripInlineMarkdown(raw), shape: 'paragraph', boldOnly, linkOnly };
}
