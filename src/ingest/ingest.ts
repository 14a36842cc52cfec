// The ingest domain function behind `dossier ingest` (and the HTTP API): every input expanded, read,
// cleaned, analysed and stored, one outcome per article or rejection. One document is one store
// transaction; a failing input never stops the batch. Cleaning and analysis may run on a thread pool,
// several articles at once; the corpus stages and the store see the documents one at a time, in input
// order, so the result is the same whatever the number of threads.
import type { Doc } from '../doc/index.js';
import { DossierError, type ErrorCode, errorMessage } from '../errors.js';
import { type AnalysisPool, openAnalysisPool } from '../pipeline/analysis-pool.js';
import { analyseArticle } from '../pipeline/analysis-thread.js';
import { CorpusStages } from '../pipeline/commit-document.js';
import { articleJob } from '../store/article-job.js';
import type { Store } from '../store/store.js';
import { expandInputs } from './expand-inputs.js';
import { fetchUrl } from './fetch/fetch-url.js';
import { DEFAULT_MAX_SIZE_MB, mbToBytes } from './limits.js';
import { lookAhead } from './look-ahead.js';
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
  /** Threads that clean and analyse articles side by side (default 1: on this thread, no pool). */
  threads?: number;
  /** A pool the caller keeps open across calls (e.g. a server); overrides `threads`. */
  pool?: AnalysisPool;
}

/** One step of a run, in input order; `finish` runs on this thread, one step at a time. */
interface Step {
  /** True while the article's analysis is under way on the pool. */
  analysing: boolean;
  finish: () => Promise<IngestOutcome>;
}

/** Marks the end of one input, for progress. */
const INPUT_DONE: unique symbol = Symbol('input done');

function rejected(r: Rejection): IngestOutcome {
  return { input: r.source, status: 'rejected', code: r.code, reason: r.reason };
}

function fromError(input: string, err: unknown): IngestOutcome {
  if (err instanceof DossierError) return { input, status: 'rejected', code: err.code, reason: err.message };
  return { input, status: 'rejected', reason: `${input}: unexpected error: ${errorMessage(err)}` };
}

/** Stores one cleaned (and maybe analysed) document: with corpus stages, the document and what it
 * changes in the corpus (entities, events, …) are one transaction; without them only the document. */
async function storeDoc(
  input: string,
  doc: Doc,
  store: Store,
  stages: CorpusStages | null,
): Promise<IngestOutcome> {
  try {
    const res = stages ? await stages.commit(store, doc) : await store.addDocument(doc);
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

/** Clean, analyse and store one article on this thread. */
export async function ingestArticle(
  article: Article,
  store: Store,
  stages: CorpusStages | null,
): Promise<IngestOutcome> {
  const input = article.raw.source;
  let doc: Doc;
  try {
    doc = analyseArticle(article, stages !== null);
  } catch (err) {
    return fromError(input, err);
  }
  return storeDoc(input, doc, store, stages);
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

/** What one run shares: where documents go and who analyses them. */
interface Work {
  store: Store;
  stages: CorpusStages | null;
  pool: AnalysisPool;
  queue: boolean;
}

const known = (outcome: IngestOutcome): Step => ({ analysing: false, finish: async () => outcome });

/** An article's step: its analysis starts now (on the pool), its commit waits for its turn. */
function articleStep(article: Article, work: Work): Step {
  if (work.queue) return { analysing: false, finish: () => enqueueArticle(article, work.store) };
  const input = article.raw.source;
  const analysed = work.pool.analyse(article, work.stages !== null).then(
    (doc) => ({ doc }),
    (error: unknown) => ({ error }),
  );
  return {
    analysing: true,
    finish: async () => {
      const r = await analysed;
      return 'doc' in r ? storeDoc(input, r.doc, work.store, work.stages) : fromError(input, r.error);
    },
  };
}

/** The steps of one input: an outcome per article or rejection, in the order the reader gives them. */
async function* inputSteps(source: string, open: () => Promise<Opened>, ctx: ReadContext, work: Work) {
  let count = 0;
  try {
    const { blob, reader } = await open();
    for await (const item of reader.read(blob, ctx)) {
      count++;
      yield isRejection(item) ? known(rejected(item)) : articleStep(item, work);
    }
  } catch (err) {
    count++;
    yield known(fromError(source, err));
  }
  if (count === 0) {
    yield known({
      input: source,
      status: 'rejected',
      code: 'NO_CONTENT',
      reason: `${source}: no articles found in it`,
    });
  }
  yield INPUT_DONE;
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

/**
 * Runs the steps with their analyses overlapping: up to two per thread are under way while the
 * oldest is committed, so documents are stored one at a time and in input order, exactly as one
 * thread would store them. The pool is closed at the end unless the caller passed its own.
 */
async function* runSteps(
  steps: (work: Work) => AsyncGenerator<Step | typeof INPUT_DONE>,
  total: number,
  opts: IngestOptions,
): AsyncGenerator<IngestOutcome> {
  const stages = await loadStages(opts);
  const pool = opts.pool ?? openAnalysisPool(opts.queue ? 1 : (opts.threads ?? 1));
  const work: Work = { store: opts.store, stages, pool, queue: !!opts.queue };
  const source = steps(work);
  try {
    let done = 0;
    const ahead = pool.mode === 'threads' ? 2 * pool.threads : 1;
    for await (const step of lookAhead(source, ahead, (s) => s !== INPUT_DONE && s.analysing)) {
      if (step === INPUT_DONE) {
        done++;
        opts.onProgress?.({ done, total });
        continue;
      }
      const outcome = await step.finish();
      opts.onProgress?.({ done, total, outcome });
      yield outcome;
    }
  } finally {
    await source.return(undefined);
    if (!opts.pool) await pool.close();
  }
}

export async function* ingestInputs(inputs: string[], opts: IngestOptions): AsyncGenerator<IngestOutcome> {
  const ctx = readContext(opts);
  const openOpts = { allowPrivate: !!opts.allowPrivate, maxBytes: ctx.maxRecordBytes!, stdin: opts.stdin };
  const refs = await expandInputs(inputs);
  yield* runSteps(
    async function* (work) {
      for (const ref of refs) {
        if ('code' in ref) yield* [known(rejected(ref)), INPUT_DONE];
        else yield* inputSteps(ref.source, () => openInput(ref, openOpts), ctx, work);
      }
    },
    refs.length,
    opts,
  );
}

/** Bytes already in hand (uploads): each blob is sniffed by its content and its name, like a file. */
export async function* ingestBlobs(blobs: InputBlob[], opts: IngestOptions): AsyncGenerator<IngestOutcome> {
  const ctx = readContext(opts);
  yield* runSteps(
    async function* (work) {
      for (const blob of blobs)
        yield* inputSteps(blob.source, () => openBlob(blob, ctx.maxRecordBytes!), ctx, work);
    },
    blobs.length,
    opts,
  );
}

/** Every outcome in one array (for callers that do not stream). */
export async function ingestAll(inputs: string[], opts: IngestOptions): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for await (const o of ingestInputs(inputs, opts)) out.push(o);
  return out;
}
