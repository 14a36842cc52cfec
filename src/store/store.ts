// The one storage interface. SQLite (embedded default) and PostgreSQL (teams, scale) implement it and
// pass the same contract suite (contract.ts). Differences between backends are capability flags.
import type { Doc, DocMeta, Layers, RemovedSegment, Span } from '../doc/index.js';

export interface StoreCapabilities {
  /** Full-text search with ranking and snippets. */
  fullText: boolean;
  /** Several processes may write at once (a shared queue of documents). */
  concurrentWriters: boolean;
  /** A durable queue of articles that worker processes claim (enqueue/claimJob/completeJob/failJob). */
  queue: boolean;
}

/** A corpus-level artifact (an entity, a timeline item, a claim…) keyed by a stable id within its kind. */
export interface CorpusItem<T = unknown> {
  id: string;
  data: T;
  /** Documents the item draws evidence from; listCorpusItems can filter on them. */
  docIds?: string[];
}

export interface CorpusWrite {
  kind: string;
  items: CorpusItem[];
  /** 'replace' (default) overwrites an existing item; 'keep' leaves it, so the first writer wins
   * (with links 'add', an existing item's links are still added: a link-only write). */
  onConflict?: 'replace' | 'keep';
  /** Combines the stored item, read under a row lock in the same transaction, with the incoming one
   * (overrides onConflict). Concurrent writers' updates then add up instead of the last one winning. */
  merge?: (stored: CorpusItem, incoming: CorpusItem) => CorpusItem;
  /** 'set' (default): an item's docIds replace its document links. 'add': they are added to the links
   * already stored, and the stored links are not read (stored.docIds is undefined in merge): each write
   * then costs what it adds, however many documents an entity already has. */
  links?: 'set' | 'add';
}

export interface CorpusFilter extends Page {
  docId?: string;
  ids?: string[];
}

export interface AddOptions {
  /** Corpus-level items written in the same transaction as the document. */
  corpus?: CorpusWrite[];
}

/** A unit of work in the document queue: an article (as a reader produced it) waiting for analysis. */
export interface Job<T = unknown> {
  /** Names this claim of the job (row and attempt), opaque to callers. */
  id: string;
  /** Stable key (e.g. the raw input's sha256 and source): enqueuing the same key twice is a no-op. */
  key: string;
  payload: T;
  attempts: number;
}

export interface QueueStats {
  queued: number;
  running: number;
  done: number;
  failed: number;
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

/** Which documents a listing keeps; every field given must match. */
export interface DocFilter {
  outlet?: string;
  genre?: string;
  language?: string;
  /** Published on or after this date, compared at its precision (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  /** Published on or before this date, compared at its precision: `2026-01` keeps all of January 2026. */
  to?: string;
  /** Only these documents, listed in the order given. */
  ids?: string[];
}

export interface DocQuery extends Page, DocFilter {}

export interface DocLayer {
  docId: string;
  text: string;
  spans: Span[];
}

export interface Store {
  readonly capabilities: StoreCapabilities;
  /** Writes a document and all its layers in one transaction; the same normalized text again is a duplicate. */
  addDocument(doc: Doc, options?: AddOptions): Promise<AddResult>;
  getDocument(id: string): Promise<StoredDoc | null>;
  /** The raw input bytes the document was made from. */
  getRaw(id: string): Promise<Uint8Array | null>;
  /** One layer of every document that has it, in the order documents were added, with each one's clean
   * text: a corpus-wide reading of one layer (quotes, say) that does not load every document whole. */
  listLayer(name: string, page?: Page): Promise<DocLayer[]>;
  /** Document summaries in the order they were added (or the order of `ids`), filtered and paginated. */
  listDocuments(query?: DocQuery): Promise<DocSummary[]>;
  countDocuments(filter?: DocFilter): Promise<number>;
  /** An opaque mark that differs after any committed change to the stored data (it may also differ without
   * one), so a value derived from the store can be cached under it and is never served stale. */
  changeMark(): Promise<string>;
  search(query: string, page?: Page): Promise<SearchHit[]>;
  /** Full ids of the documents whose id starts with `prefix` (at most `limit`). */
  findIds(prefix: string, limit?: number): Promise<string[]>;
  /** Replaces (or adds) layers of a stored document in one transaction; false if the document is absent. */
  putLayers(id: string, layers: Layers): Promise<boolean>;
  /** Upserts corpus-level items in one transaction; returns the ids actually written. */
  putCorpusItems(
    kind: string,
    items: CorpusItem[],
    onConflict?: CorpusWrite['onConflict'],
    links?: CorpusWrite['links'],
  ): Promise<string[]>;
  /** Upserts items with `merge` deciding what an existing item becomes; returns the ids written. */
  mergeCorpusItems(
    kind: string,
    items: CorpusItem[],
    merge: NonNullable<CorpusWrite['merge']>,
    links?: CorpusWrite['links'],
  ): Promise<string[]>;
  listCorpusItems<T = unknown>(kind: string, filter?: CorpusFilter): Promise<CorpusItem<T>[]>;
  getCorpusItem<T = unknown>(kind: string, id: string): Promise<CorpusItem<T> | null>;
  /** Adds jobs keyed by `key`; an existing key is left alone. Returns how many were new. */
  enqueue(jobs: { key: string; payload: unknown }[]): Promise<number>;
  /** Takes the oldest available job for `leaseMs`; an expired lease makes a running job available again. */
  claimJob<T = unknown>(worker: string, leaseMs: number): Promise<Job<T> | null>;
  /** Writes the document and marks the job done in one transaction (a crash leaves the job to retry). */
  completeJob(jobId: string, doc: Doc, options?: AddOptions): Promise<AddResult>;
  /** Records a failure; the job returns to the queue until it has failed `maxAttempts` times. A claim
   * that is no longer current (its lease ran out and the job was claimed again) changes nothing. */
  failJob(jobId: string, error: string, maxAttempts?: number): Promise<void>;
  queueStats(): Promise<QueueStats>;
  close(): Promise<void>;
}
