// The one interface every input format implements. A reader turns a blob of bytes into zero or more
// articles (a feed, a WARC or a JSON Lines file holds many) or rejections with a reason.
import type { DocMeta, RawInput } from '../doc/index.js';
import type { ErrorCode } from '../errors.js';

export interface InputBlob {
  /** Path, URL or `-`; what the user sees in the ingest summary. */
  source: string;
  bytes: Uint8Array;
  fetchedAt: string;
  /** From an HTTP header or a WARC record; null for files. */
  contentType: string | null;
  /** Total size in bytes when known (from stat or Content-Length). */
  size?: number;
  /**
   * Set for big containers read record by record (WARC, JSON Lines): the whole input as a stream of
   * chunks; `bytes` then holds only its first chunk, for sniffing.
   */
  stream?: () => AsyncIterable<Uint8Array>;
}

/** What a reader hands to cleaning: markup or text plus what the container already said about it. */
export interface Article {
  raw: RawInput;
  html: string | null;
  text: string | null;
  hints: Partial<DocMeta>;
}

export interface Rejection {
  source: string;
  code: ErrorCode;
  reason: string;
}

export interface ReadContext {
  /** Fetches a URL under the same safety rules as a URL input (used by feeds with --follow). */
  fetch(url: string): Promise<InputBlob>;
  follow: boolean;
  /** The largest single record (a JSON line, a WARC payload) a streaming reader accepts, in bytes. */
  maxRecordBytes?: number;
}

export interface Reader {
  readonly name: string;
  /** True when the reader takes `blob.stream` record by record, so the whole-input size cap does not apply. */
  readonly streaming?: boolean;
  /** Content sniffing as well as the name: `head` is the first few KB decoded leniently. */
  accepts(blob: InputBlob, head: string): boolean;
  read(blob: InputBlob, ctx: ReadContext): AsyncIterable<Article | Rejection>;
}

export function isRejection(x: Article | Rejection): x is Rejection {
  return 'code' in x;
}
