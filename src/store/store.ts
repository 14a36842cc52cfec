// The one storage interface. SQLite (embedded default) and PostgreSQL (teams, scale) implement it and
// pass the same contract suite (contract.ts). Differences between backends are capability flags.
import type { Doc, DocMeta, Layers, RemovedSegment } from '../doc/index.js';

export interface StoreCapabilities {
  /** Full-text search with ranking and snippets. */
  fullText: boolean;
  /** Several processes may write at once (a shared queue of documents). */
  concurrentWriters: boolean;
}

export interface DocSummary {
  id: string;
  source: string;
  title: string | null;
  authors: string[];
  published: string | null;
  outlet: string | null;
  genre: DocMeta['genre'];
  syndicatedFrom: string | null;
  language: string | null;
  words: number;
}

export interface StoredDoc extends DocSummary {
  meta: DocMeta;
  text: string;
  removed: RemovedSegment[];
  layers: Layers;
  sha256: string;
  contentHash: string;
  fetchedAt: string;
  addedAt: string;
  /** The earlier version of the same URL, when this document replaced changed content. */
  previousVersion: string | null;
}

export type AddResult =
  | { status: 'added'; id: string; previousVersion: string | null }
  | { status: 'duplicate'; id: string };

export interface SearchHit {
  id: string;
  title: string | null;
  snippet: string;
  score: number;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface Store {
  readonly capabilities: StoreCapabilities;
  /** Writes a document and all its layers in one transaction; the same normalized text again is a duplicate. */
  addDocument(doc: Doc): Promise<AddResult>;
  getDocument(id: string): Promise<StoredDoc | null>;
  listDocuments(page?: Page): Promise<DocSummary[]>;
  countDocuments(): Promise<number>;
  search(query: string, page?: Page): Promise<SearchHit[]>;
  close(): Promise<void>;
}
