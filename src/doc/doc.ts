// The document model: clean text plus named layers of spans, the metadata found while cleaning,
// the blocks cleaning removed (with why), and the raw input it all came from.
import type { Span } from './span.js';

export type Genre = 'report' | 'analysis' | 'opinion' | 'blog';

/** Where a metadata value was found, so a user can judge it. */
export type FoundIn =
  | 'meta'
  | 'json-ld'
  | 'dateline'
  | 'byline'
  | 'url'
  | 'feed'
  | 'warc'
  | 'http'
  | 'input'
  | 'text'
  | 'estimated';

export interface DocMeta {
  title: string | null;
  authors: string[];
  /** ISO 8601 date or date-time; null when unknown (never the ingestion time). */
  published: string | null;
  publishedFrom: FoundIn | null;
  outlet: string | null;
  url: string | null;
  canonicalUrl: string | null;
  language: string | null;
  genre: Genre | null;
  syndicatedFrom: string | null;
}

export type RemovalReason =
  | 'boilerplate'
  | 'navigation'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'credit'
  | 'related'
  | 'promo'
  | 'disclaimer'
  | 'syndication'
  | 'url'
  | 'unrelated-lede'
  | 'comments'
  | 'title';

export interface RemovedSegment {
  text: string;
  reason: RemovalReason;
  /** Offset in the clean text where the block stood, so the reader can show it in place. */
  at: number;
}

export interface RawInput {
  /** The path, URL or `-` the bytes came from (for WARC and feeds, `file#record`). */
  source: string;
  bytes: Uint8Array;
  sha256: string;
  /** ISO time the bytes were read or fetched. */
  fetchedAt: string;
  contentType: string | null;
}

export type Layers = Readonly<Record<string, readonly Span[]>>;

export interface Doc {
  text: string;
  meta: DocMeta;
  removed: RemovedSegment[];
  layers: Layers;
  raw: RawInput;
}

export function emptyMeta(): DocMeta {
  return {
    title: null,
    authors: [],
    published: null,
    publishedFrom: null,
    outlet: null,
    url: null,
    canonicalUrl: null,
    language: null,
    genre: null,
    syndicatedFrom: null,
  };
}

/** A component's only way to write: a new Doc with one layer replaced. */
export function withLayer(doc: Doc, name: string, spans: readonly Span[]): Doc {
  return { ...doc, layers: { ...doc.layers, [name]: spans } };
}

export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
