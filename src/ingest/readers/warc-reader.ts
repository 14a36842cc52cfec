// WARC files (news crawls, web archives), plain or gzipped, read record by record with warcio so a
// crawl of 100,000 pages is never held whole. Every HTML response record becomes an article carrying
// its target URI; the record's WARC-Date is when the page was fetched (not when it was published).
import { WARCParser, type WARCRecord } from 'warcio';
import { DossierError } from '../../errors.js';
import { decodeText } from '../decode-text.js';
import { formatMb } from '../limits.js';
import { makeRaw } from '../raw-input.js';
import type { Article, InputBlob, ReadContext, Reader, Rejection } from '../reader.js';
import { isoInstant, mediaType } from './blob-hints.js';

const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);

/**
 * warcio loops forever skipping a record that the end of the file cut short (it keeps asking the
 * finished source for more). This source throws instead once it is asked again and again after its end.
 */
function endGuarded(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  name: string,
): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      const it =
        Symbol.asyncIterator in source
          ? (source as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]()
          : (source as Iterable<Uint8Array>)[Symbol.iterator]();
      let afterEnd = 0;
      return {
        async next(): Promise<IteratorResult<Uint8Array>> {
          if (afterEnd > 0) {
            if (++afterEnd > 1000) {
              throw new DossierError(
                'MALFORMED_INPUT',
                `${name}: the WARC file ends in the middle of a record (truncated)`,
              );
            }
            return { done: true, value: undefined };
          }
          const r = await it.next();
          if (r.done) afterEnd = 1;
          return r;
        },
      };
    },
  };
}

function startsWithWarc(head: string): boolean {
  return head.startsWith('WARC/');
}

function isHtmlResponse(record: WARCRecord): { contentType: string } | null {
  if (record.warcType !== 'response') return null;
  const info = record.getResponseInfo();
  if (!info) return null;
  const status = Number(info.status);
  if (!(status >= 200 && status < 300)) return null;
  const contentType = info.headers.get('content-type') ?? '';
  const identified = record.warcHeader('WARC-Identified-Payload-Type') ?? '';
  return htmlTypes.has(mediaType(contentType)) || htmlTypes.has(mediaType(identified))
    ? { contentType }
    : null;
}

export const warcReader: Reader = {
  name: 'warc',
  streaming: true,
  accepts(blob, head) {
    return (
      startsWithWarc(head) ||
      /\.warc(?:\.gz)?$/i.test(blob.source) ||
      mediaType(blob.contentType) === 'application/warc'
    );
  },
  async *read(blob: InputBlob, ctx: ReadContext): AsyncIterable<Article | Rejection> {
    const maxBytes = ctx.maxRecordBytes ?? Number.POSITIVE_INFINITY;
    const parser = new WARCParser(endGuarded(blob.stream ? blob.stream() : [blob.bytes], blob.source));
    let n = 0;
    for await (const record of parser) {
      n++;
      const html = isHtmlResponse(record);
      if (!html) continue;
      const uri = (record.warcTargetURI ?? '').replace(/^<|>$/g, '') || null;
      const source = `${blob.source}#${n}`;
      if (record.warcContentLength > maxBytes) {
        yield {
          source,
          code: 'TOO_LARGE',
          reason: `${source} (${uri}): the record is larger than the ${formatMb(maxBytes)} cap; raise it with --max-size <MB>`,
        };
        continue;
      }
      const bytes = await record.readFully(true);
      const fetchedAt = isoInstant(record.warcDate) ?? blob.fetchedAt;
      const { text } = decodeText(bytes, html.contentType);
      yield {
        raw: makeRaw(source, bytes, fetchedAt, html.contentType || null),
        html: text,
        text: null,
        hints: uri ? { url: uri } : {},
      };
    }
  },
};
