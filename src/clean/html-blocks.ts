// HTML into blocks: Readability (on linkedom, the fast DOM) finds the main content, then a walk over
// its block elements yields paragraphs, headings and list items in reading order, each with its link
// density and any furniture hint from the class names of its containers.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RemovalReason } from '../doc/index.js';
import type { Block, BlockShape } from './block.js';
import { classHints, hiddenClass } from './cues.js';

const BLOCK_TAGS = new Set(
  'P H1 H2 H3 H4 H5 H6 LI BLOCKQUOTE PRE FIGCAPTION DD DT TR DIV SECTION ARTICLE UL OL DL TABLE TBODY THEAD FIGURE HEADER FOOTER ASIDE MAIN BR HR CAPTION'.split(
    ' ',
  ),
);
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'IFRAME',
  'FORM',
  'SELECT',
]);

export interface ReadabilityResult {
  blocks: Block[];
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

interface Node {
  nodeType: number;
  tagName?: string;
  childNodes: ArrayLike<Node>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

/**
 * linkedom builds no usable <body> for markup that does not begin with the document (a stray <style>
 * or ad code before <html>), so such input is parsed again with its document tags dropped and wrapped.
 */
export function parseDocument(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  if (document.body?.textContent?.trim()) return document;
  const inner = html.replace(/<\/?(?:html|head|body)(?:\s[^>]*)?>|<!doctype[^>]*>/gi, '');
  return parseHTML(`<!doctype html><html><body>${inner}</body></html>`).document as unknown as Document;
}

/** Runs Readability on a parsed page (which it modifies) and cuts its article into blocks. */
export function readabilityBlocks(document: Document): ReadabilityResult {
  const lang = document.documentElement?.getAttribute('lang') ?? null;
  // The serializer hands back Readability's article element itself, so it is not printed and parsed again.
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    const options = { charThreshold: 200, keepClasses: true, serializer: (el: Node) => el };
    parsed = new Readability<Node>(document as never, options as never).parse();
  } catch {
    parsed = null;
  }
  return {
    blocks: parsed?.content ? blocksOf(parsed.content) : [],
    title: parsed?.title?.trim() || null,
    byline: parsed?.byline?.trim() || null,
    siteName: parsed?.siteName?.trim() || null,
    lang: parsed?.lang || lang,
    publishedTime: parsed?.publishedTime?.trim() || null,
  };
}

/** Walks an element tree and cuts its text at block boundaries. */
export function blocksOf(root: Node): Block[] {
  const blocks: Block[] = [];
  let buf = '';
  let linkChars = 0;
  let shape: BlockShape = 'paragraph';
  let hint: RemovalReason | undefined;
  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) {
      const linkDensity = Math.min(1, linkChars / Math.max(1, buf.replace(/\s+/g, ' ').trim().length));
      blocks.push(hint ? { text, shape, linkDensity, hint } : { text, shape, linkDensity });
    }
    buf = '';
    linkChars = 0;
    shape = 'paragraph';
    hint = undefined;
  };
  const walk = (node: Node, ctx: { shape: BlockShape | null; inLink: boolean; hint?: RemovalReason }) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      buf += t;
      if (ctx.inLink) linkChars += t.replace(/\s+/g, ' ').length;
      if (t.trim()) {
        if (ctx.shape) shape = ctx.shape;
        if (ctx.hint) hint = ctx.hint;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node.tagName ?? '').toUpperCase();
    if (SKIP_TAGS.has(tag) || isHidden(node)) return;
    const isBlock = BLOCK_TAGS.has(tag);
    const own = {
      shape: shapeOf(tag) ?? ctx.shape,
      inLink: ctx.inLink || tag === 'A',
      hint: hintOf(node) ?? ctx.hint,
    };
    if (isBlock) flush();
    // A table row is one block; its cells are joined with a separator.
    if ((tag === 'TD' || tag === 'TH') && buf.trim()) buf += ' | ';
    for (const child of Array.from(node.childNodes)) walk(child, own);
    if (isBlock) flush();
  };
  walk(root, { shape: null, inLink: false });
  flush();
  return blocks;
}

function isHidden(node: Node): boolean {
  const get = (name: string) => node.getAttribute?.(name) ?? null;
  if (get('hidden') !== null || get('aria-hidden') === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(get('style') ?? '')) return true;
  return hiddenClass.test(get('class') ?? '');
}

/** Above this much text a container is the article itself, whatever its class says ("entry-content-read-more"). */
const MAX_HINTED_CHARS = 1000;

function hintOf(node: Node): RemovalReason | undefined {
  const names = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`.trim();
  if (!names) return undefined;
  const hint = classHints.find((h) => h.pattern.test(names))?.reason;
  return hint && (node.textContent ?? '').length <= MAX_HINTED_CHARS ? hint : undefined;
}

function shapeOf(tag: string): BlockShape | null {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'list-item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  if (tag === 'TR') return 'cell';
  return null;
}
