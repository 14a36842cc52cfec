// HTML and XHTML pages: decoded with the charset the bytes declare (or detection) and handed to
// cleaning as markup. Truncated pages still go through: the DOM parser closes what was left open.
import { decodeText } from '../decode-text.js';
import { rawOfBlob } from '../raw-input.js';
import type { Article, InputBlob, Reader, Rejection } from '../reader.js';
import { blobHints, extensionOf, mediaType } from './blob-hints.js';

const htmlExtensions = new Set(['html', 'htm', 'xhtml', 'xht', 'shtml', 'php', 'asp', 'aspx']);
const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);
const htmlStart =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|h[1-6])\b/i;

export function looksLikeHtml(head: string): boolean {
  return htmlStart.test(head) || /<(?:html|body)\b[^>]*>/i.test(head);
}

export const htmlReader: Reader = {
  name: 'html',
  accepts(blob, head) {
    return (
      htmlTypes.has(mediaType(blob.contentType)) ||
      htmlExtensions.has(extensionOf(blob.source)) ||
      looksLikeHtml(head)
    );
  },
  async *read(blob: InputBlob): AsyncIterable<Article | Rejection> {
    const { text } = decodeText(blob.bytes, blob.contentType);
    yield { raw: rawOfBlob(blob), html: text, text: null, hints: blobHints(blob) };
  },
};
