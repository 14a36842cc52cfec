// JSON Lines: one article per line, read as a stream so a file of 100,000 articles is never held whole.
// A bad line is one rejection; every other line still lands.
import { decodeText } from '../decode-text.js';
import { formatMb } from '../limits.js';
import { makeRaw } from '../raw-input.js';
import type { Article, InputBlob, Reader, Rejection } from '../reader.js';
import { extensionOf, mediaType } from './blob-hints.js';
import { articleFromJson, noArticleText } from './json-article.js';
import { splitLines } from './split-lines.js';

const jsonlTypes = new Set([
  'application/x-ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'application/jsonlines',
]);

/** Two or more lines that each open a JSON object, the first closing on its own line. */
function looksLikeJsonLines(head: string): boolean {
  const lines = head.split('\n').filter((l) => l.trim());
  if (lines.length < 2 || !lines.slice(0, 2).every((l) => /^\s*\{/.test(l))) return false;
  try {
    JSON.parse(lines[0]);
    return true;
  } catch {
    return false;
  }
}

export const jsonlReader: Reader = {
  name: 'jsonl',
  streaming: true,
  accepts(blob, head) {
    const ext = extensionOf(blob.source);
    return (
      ['jsonl', 'ndjson', 'jsonlines'].includes(ext) ||
      jsonlTypes.has(mediaType(blob.contentType)) ||
      looksLikeJsonLines(head)
    );
  },
  async *read(blob: InputBlob, ctx): AsyncIterable<Article | Rejection> {
    const maxBytes = ctx.maxRecordBytes ?? Number.POSITIVE_INFINITY;
    const chunks = blob.stream ? blob.stream() : [blob.bytes];
    for await (const line of splitLines(toAsync(chunks), maxBytes)) {
      const source = `${blob.source}#${line.n}`;
      if (line.bytes === null) {
        yield {
          source,
          code: 'TOO_LARGE',
          reason: `${source}: the line is larger than the ${formatMb(maxBytes)} cap; raise it with --max-size <MB>`,
        };
        continue;
      }
      const { text } = decodeText(line.bytes, 'text/plain; charset=utf-8');
      if (!text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        yield {
          source,
          code: 'MALFORMED_INPUT',
          reason: `${source}: line ${line.n} is not valid JSON (${(err as Error).message})`,
        };
        continue;
      }
      const parts = articleFromJson(value);
      if (!parts) {
        yield { source, code: 'NO_CONTENT', reason: `${source}: ${noArticleText}` };
        continue;
      }
      yield { raw: makeRaw(source, line.bytes, blob.fetchedAt, 'application/json'), ...parts };
    }
  },
};

async function* toAsync(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncIterable<Uint8Array> {
  yield* chunks;
}
