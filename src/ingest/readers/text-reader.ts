// Plain text and Markdown: decoded and handed to cleaning as text. It comes last in the registry and
// takes whatever textual input no more specific reader claimed.
import { decodeText } from '../decode-text.js';
import { rawOfBlob } from '../raw-input.js';
import type { Article, InputBlob, Reader, Rejection } from '../reader.js';
import { blobHints } from './blob-hints.js';

export const textReader: Reader = {
  name: 'text',
  accepts: () => true,
  async *read(blob: InputBlob): AsyncIterable<Article | Rejection> {
    const { text } = decodeText(blob.bytes, blob.contentType);
    yield { raw: rawOfBlob(blob), html: null, text, hints: blobHints(blob) };
  },
};
