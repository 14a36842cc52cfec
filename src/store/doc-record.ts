// The flat record both backends write for a document, and the mapping back to a StoredDoc, so the
// two stores cannot drift apart in what they keep or return.
import type { Doc, DocMeta, Layers, RemovedSegment } from '../doc/index.js';
import { wordCount } from '../doc/index.js';
import { contentHash, docIdFor, versionKey } from './content-hash.js';
import type { DocSummary, StoredDoc } from './store.js';
import { storeJson, storeText } from './store-json.js';

export interface DocRecord {
  id: string;
  contentHash: string;
  source: string;
  versionKey: string | null;
  title: string | null;
  authors: string[];
  published: string | null;
  outlet: string | null;
  genre: DocMeta['genre'];
  syndicatedFrom: string | null;
  language: string | null;
  words: number;
  meta: DocMeta;
  text: string;
  removed: RemovedSegment[];
  sha256: string;
  fetchedAt: string;
  contentType: string | null;
  bytes: Uint8Array;
}

export function toRecord(doc: Doc): DocRecord {
  const text = storeText(doc.text);
  const hash = contentHash(text);
  const m = JSON.parse(storeJson(doc.meta)) as DocMeta;
  return {
    id: docIdFor(hash),
    contentHash: hash,
    source: storeText(doc.raw.source),
    versionKey: versionKey(m),
    title: m.title,
    authors: m.authors,
    published: m.published,
    outlet: m.outlet,
    genre: m.genre,
    syndicatedFrom: m.syndicatedFrom,
    language: m.language,
    words: wordCount(text),
    meta: m,
    text,
    removed: doc.removed,
    sha256: doc.raw.sha256,
    fetchedAt: doc.raw.fetchedAt,
    contentType: doc.raw.contentType,
    bytes: doc.raw.bytes,
  };
}

/** The columns a document summary is read from, named the same in both backends. */
/** The documents row's values in column order (id … removed), shared by every backend's INSERT. */
export function documentValues(r: DocRecord, prev: { id: string; version: number } | undefined): unknown[] {
  return [
    r.id,
    r.contentHash,
    r.source,
    r.versionKey,
    prev ? prev.version + 1 : 1,
    prev?.id ?? null,
    r.title,
    storeJson(r.authors),
    r.published,
    r.outlet,
    r.genre,
    r.syndicatedFrom,
    r.language,
    r.words,
    storeJson(r.meta),
    r.text,
    storeJson(r.removed),
  ];
}

export interface SummaryRow {
  id: string;
  source: string;
  title: string | null;
  authors: string | string[];
  published: string | null;
  outlet: string | null;
  genre: string | null;
  syndicated_from: string | null;
  language: string | null;
  words: number;
}

export interface DocRow extends SummaryRow {
  meta: string | DocMeta;
  text: string;
  removed: string | RemovedSegment[];
  sha256: string;
  content_hash: string;
  fetched_at: string | Date;
  added_at: string | Date;
  previous_version: string | null;
}

function json<T>(v: string | T): T {
  return typeof v === 'string' ? (JSON.parse(v) as T) : v;
}

function iso(v: string | Date): string {
  return v instanceof Date ? v.toISOString() : v;
}

export function toSummary(r: SummaryRow): DocSummary {
  return {
    id: r.id,
    source: r.source,
    title: r.title,
    authors: json<string[]>(r.authors),
    published: r.published,
    outlet: r.outlet,
    genre: r.genre as DocMeta['genre'],
    syndicatedFrom: r.syndicated_from,
    language: r.language,
    words: Number(r.words),
  };
}

export function toStoredDoc(r: DocRow, layers: Layers): StoredDoc {
  return {
    ...toSummary(r),
    meta: json<DocMeta>(r.meta),
    text: r.text,
    removed: json<RemovedSegment[]>(r.removed),
    layers,
    sha256: r.sha256,
    contentHash: r.content_hash,
    fetchedAt: iso(r.fetched_at),
    addedAt: iso(r.added_at),
    previousVersion: r.previous_version,
  };
}
