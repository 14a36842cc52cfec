// HTML into blocks: Readability (on linkedom, the fast DOM) finds the main content, then a walk over
// its block elements yields paragraphs, headings and list items in reading order.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Block, BlockShape } from './block.js';

const BLOCK_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DD',
  'DT',
  'TR',
  'DIV',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MAIN',
  'BR',
  'HR',
  'TD',
  'TH',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME', 'FORM']);

export interface HtmlExtraction {
  blocks: Block[];
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

type El = { tagName?: string; nodeType: number; childNodes: ArrayLike<El>; textContent: string | null };

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function htmlBlocks(html: string): HtmlExtraction {
  const document = parseDocument(html);
  const lang = document.documentElement?.getAttribute('lang') ?? null;
  const reader = new Readability(document as never, { charThreshold: 200, keepClasses: false });
  const parsed = reader.parse();
  const content = parsed?.content ? parseDocument(`<html><body>${parsed.content}</body></html>`) : null;
  return {
    blocks: content ? blocksOf(content.body as unknown as El) : [],
    title: parsed?.title?.trim() || null,
    byline: parsed?.byline?.trim() || null,
    siteName: parsed?.siteName?.trim() || null,
    lang: parsed?.lang || lang,
    publishedTime: parsed?.publishedTime?.trim() || null,
  };
}

/** Walks an element tree and cuts its text at block boundaries. */
export function blocksOf(root: El): Block[] {
  const blocks: Block[] = [];
  let buf = '';
  let shape: BlockShape = 'paragraph';
  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, shape });
    buf = '';
    shape = 'paragraph';
  };
  const walk = (node: El, inherited: BlockShape | null) => {
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      if (inherited && buf.trim()) shape = inherited;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node.tagName ?? '').toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const isBlock = BLOCK_TAGS.has(tag);
    const own = shapeOf(tag) ?? inherited;
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes)) walk(child, own);
    if (isBlock) flush();
  };
  walk(root, null);
  return blocks;
}

function shapeOf(tag: string): BlockShape | null {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'list-item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  if (tag === 'FIGCAPTION') return 'caption';
  return null;
}
