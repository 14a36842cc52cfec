// The ingest domain function behind `dossier ingest` (and the HTTP API): every input expanded, read,
// cleaned, analysed and stored, one outcome per article or rejection. One document is one store
// transaction; a failing input never stops the batch.
import { cleanArticle } from '../clean/clean-article.js';
import { DossierError, type ErrorCode, errorMessage } from '../errors.js';
import { analyzeDoc } from '../pipeline/analyze.js';
import { CorpusStages } from '../pipeline/commit-document.js';
import { articleJob } from '../store/article-job.js';
import type { Store } from '../store/store.js';
import { expandInputs } from './expand-inputs.js';
import { fetchUrl } from './fetch/fetch-url.js';
import { DEFAULT_MAX_SIZE_MB, mbToBytes } from './limits.js';
import { type Opened, openBlob, openInput } from './open-input.js';
import { type Article, type InputBlob, isRejection, type ReadContext, type Rejection } from './reader.js';

export type IngestStatus = 'added' | 'duplicate' | 'queued' | 'rejected';

export interface IngestOutcome {
  input: string;
  status: IngestStatus;
  id?: string;
  reason?: string;
  code?: ErrorCode;
  /** For an added document that replaced changed content at the same URL. */
  previousVersion?: string;
}

export interface IngestProgress {
  /** Inputs (files, URLs, stdin) finished so far, and how many there are. */
  done: number;
  total: number;
  /** Set when an article or rejection was just reported; absent when an input just finished. */
  outcome?: IngestOutcome;
}

export interface IngestOptions {
  store: Store;
  follow?: boolean;
  allowPrivate?: boolean;
  /** Cap for one input read whole, and for one record of a streamed container (default 50). */
  maxSizeMb?: number;
  onProgress?: (p: IngestProgress) => void;
  /** false stores documents cleaned but not analysed (the ingest benchmark measures the two apart). */
  analyze?: boolean;
  /** Put articles on the store's queue for `dossier worker` instead of analysing them here. */
  queue?: boolean;
  /** Where `-` reads from (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
}

function rejected(r: Rejection): IngestOutcome {
  return { input: r.source, status: 'rejected', code: r.code, reason: r.reason };
}

function fromError(input: string, err: unknown): IngestOutcome {
  if (err instanceof DossierError) return { input, status: 'rejected', code: err.code, reason: err.message };
  return { input, status: 'rejected', reason: `${input}: unexpected error: ${errorMessage(err)}` };
}

/**
 * Clean, analyse and store one article. With corpus stages, the document and what it changes in the
 * corpus (entities, events) are one transaction; without them (analysis off) only the document is stored.
 */
export async function ingestArticle(
  article: Article,
  store: Store,
  stages: CorpusStages | null,
): Promise<IngestOutcome> {
  const input = article.raw.source;
  try {
    const clean = cleanArticle(article);
    const res = stages ? await stages.commit(store, analyzeDoc(clean)) : await store.addDocument(clean);
    if (res.status === 'duplicate') return { input, status: 'duplicate', id: res.id };
    return {
      input,
      status: 'added',
      id: res.id,
      ...(res.previousVersion ? { previousVersion: res.previousVersion } : {}),
    };
  } catch (err) {
    return fromError(input, err);
  }
}

/** Queues one article for the workers; the same input queued twice is one job. */
async function enqueueArticle(article: Article, store: Store): Promise<IngestOutcome> {
  const input = article.raw.source;
  try {
    const job = articleJob(article);
    const fresh = await store.enqueue([job]);
    return fresh ? { input, status: 'queued', id: job.key } : { input, status: 'duplicate', id: job.key };
  } catch (err) {
    return fromError(input, err);
  }
}

async function* ingestOne(
  source: string,
  open: () => Promise<Opened>,
  opts: IngestOptions,
  ctx: ReadContext,
  stages: CorpusStages | null,
): AsyncGenerator<IngestOutcome> {
  let count = 0;
  try {
    const { blob, reader } = await open();
    for await (const item of reader.read(blob, ctx)) {
      count++;
      if (isRejection(item)) yield rejected(item);
      else if (opts.queue) yield await enqueueArticle(item, opts.store);
      else yield await ingestArticle(item, opts.store, stages);
    }
  } catch (err) {
    count++;
    yield fromError(source, err);
  }
  if (count === 0) {
    yield {
      input: source,
      status: 'rejected',
      code: 'NO_CONTENT',
      reason: `${source}: no articles found in it`,
    };
  }
}

/** Corpus stages load their index once per ingest call, not once per document. */
function loadStages(opts: IngestOptions): Promise<CorpusStages | null> {
  if (opts.queue && !opts.store.capabilities.queue) {
    throw new DossierError('UNSUPPORTED_INPUT', 'this store has no queue; use --db postgres://… for --queue');
  }
  return opts.analyze === false || opts.queue ? Promise.resolve(null) : CorpusStages.load(opts.store);
}

function readContext(opts: IngestOptions): ReadContext {
  const maxBytes = mbToBytes(opts.maxSizeMb ?? DEFAULT_MAX_SIZE_MB);
  const allowPrivate = !!opts.allowPrivate;
  return {
    follow: !!opts.follow,
    maxRecordBytes: maxBytes,
    fetch: (url) => fetchUrl(url, { allowPrivate, maxBytes }),
  };
}

export async function* ingestInputs(inputs: string[], opts: IngestOptions): AsyncGenerator<IngestOutcome> {
  const ctx = readContext(opts);
  const openOpts = { allowPrivate: !!opts.allowPrivate, maxBytes: ctx.maxRecordBytes!, stdin: opts.stdin };
  const refs = await expandInputs(inputs);
  const stages = await loadStages(opts);
  let done = 0;
  for (const ref of refs) {
    const outcomes =
      'code' in ref
        ? [rejected(ref)]
        : ingestOne(ref.source, () => openInput(ref, openOpts), opts, ctx, stages);
    for await (const outcome of outcomes) {
      opts.onProgress?.({ done, total: refs.length, outcome });
      yield outcome;
    }
    done++;
    opts.onProgress?.({ done, total: refs.length });
  }
}

/** Bytes already in hand (uploads): each blob is sniffed by its content and its name, like a file. */
export async function* ingestBlobs(blobs: InputBlob[], opts: IngestOptions): AsyncGenerator<IngestOutcome> {
  const ctx = readContext(opts);
  const stages = await loadStages(opts);
  for (const [i, blob] of blobs.entries()) {
    for await (const outcome of ingestOne(
      blob.source,
      () => openBlob(blob, ctx.maxRecordBytes!),
      opts,
      ctx,
      stages,
    )) {
      opts.onProgress?.({ done: i, total: blobs.length, outcome });
      yield outcome;
    }
    opts.onProgress?.({ done: i + 1, total: blobs.length });
  }
}

/** Every outcome in one array (for callers that do not stream). */
export async function ingestAll(inputs: string[], opts: IngestOptions): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for await (const o of ingestInputs(inputs, opts)) out.push(o);
  return out;
}
