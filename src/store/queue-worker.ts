// The loop every queue worker runs: claim a job, hand it to the analysis, commit the document and the
// job's completion in one transaction. With a staged handler, several claimed jobs are analysed at
// once (on a thread pool) while their commits still run one at a time, in claim order. A job whose
// input cannot become a document (a DossierError, e.g. no article text) fails at once; any other error
// is retried up to maxAttempts. A worker killed mid-job commits nothing, and its jobs are handed out
// again when their leases expire.

import { performance } from 'node:perf_hooks';
import type { Doc } from '../doc/index.js';
import { DossierError, errorMessage } from '../errors.js';
import type { AddOptions, AddResult, Job, Store } from './store.js';

type Complete = (doc: Doc, options?: AddOptions) => Promise<AddResult>;

/** Analyses one job's payload and calls `complete` exactly once with the finished document. */
export type JobHandler<T> = (job: Job<T>, complete: Complete) => Promise<AddResult>;

/**
 * A handler in two halves: `prepare` (the document-level analysis, e.g. on a thread pool) runs for
 * several claimed jobs at once; `commit` (corpus stages, then `complete`) runs for one job at a time,
 * in the order the jobs were claimed.
 */
export interface StagedJobHandler<T, P> {
  prepare(job: Job<T>): Promise<P>;
  commit(job: Job<T>, prepared: P, complete: Complete): Promise<AddResult>;
}

export interface WorkerOptions {
  worker: string;
  leaseMs: number;
  maxAttempts: number;
  /** How long to wait before asking again when the queue is empty. */
  pollMs: number;
  /** Return once no job is queued or running, instead of waiting for more. */
  exitWhenEmpty: boolean;
  /** Jobs claimed and prepared ahead of the one being committed (default 1: one at a time). Each
   * waits for its turn under its lease, so keep ahead × time per job well under the lease. */
  ahead?: number;
  /** Stops claiming; jobs already claimed are still finished. */
  signal?: AbortSignal;
  onOutcome?: (o: JobOutcome) => void;
}

export interface JobOutcome {
  job: string;
  key: string;
  status: 'added' | 'duplicate' | 'rejected' | 'retry' | 'failed';
  id?: string;
  reason?: string;
}

const MAX_STORE_ERRORS = 5;

interface Claimed<T, P> {
  job: Job<T>;
  prepared: Promise<P>;
}

export async function runQueueWorker<T, P = void>(
  store: Store,
  handler: JobHandler<T> | StagedJobHandler<T, P>,
  o: WorkerOptions,
): Promise<JobOutcome[]> {
  const staged: StagedJobHandler<T, P | undefined> =
    typeof handler === 'function'
      ? { prepare: async () => undefined, commit: (job, _p, complete) => handler(job, complete) }
      : handler;
  const outcomes: JobOutcome[] = [];
  const report = (x: JobOutcome) => {
    outcomes.push(x);
    o.onOutcome?.(x);
  };
  const ahead = Math.max(1, o.ahead ?? 1);
  const claimed: Claimed<T, P | undefined>[] = [];
  let storeErrors = 0;
  /** Time a job takes once it is first in line (rest of its analysis + commit), smoothed; 0 = unknown. */
  let turnMs = 0;
  // A job claimed ahead waits for the ones before it under its own lease: claim one more only while
  // the wait it can expect stays under half the lease, else the lease runs out and the job is claimed
  // (and analysed) twice. Until one job has been timed, jobs are claimed one at a time.
  const mayClaim = () =>
    claimed.length === 0 || (turnMs > 0 && (claimed.length + 1) * turnMs < o.leaseMs / 2);
  /** A busy or briefly unreachable database is waited out; one that keeps failing is reported. */
  const storeFailed = async (err: unknown) => {
    if (++storeErrors > MAX_STORE_ERRORS) throw err;
    await sleep(o.pollMs * storeErrors, o.signal);
  };
  for (;;) {
    let dry = false;
    while (!o.signal?.aborted && !dry && claimed.length < ahead && mayClaim()) {
      try {
        const job = await store.claimJob<T>(o.worker, o.leaseMs);
        storeErrors = 0;
        if (!job) dry = true;
        else claimed.push({ job, prepared: prepare(staged, job) });
      } catch (err) {
        // Finish the jobs in hand first; the next round asks again.
        if (claimed.length) break;
        await storeFailed(err);
      }
    }
    const next = claimed.shift();
    if (next) {
      const t0 = performance.now();
      report(await finishJob(store, staged, next, o.maxAttempts));
      const took = performance.now() - t0;
      turnMs = turnMs ? 0.8 * turnMs + 0.2 * took : took;
      continue;
    }
    if (o.signal?.aborted) break;
    try {
      // Jobs other workers hold may still come back (their worker may have died): wait them out.
      if (o.exitWhenEmpty && (await idle(store))) break;
      storeErrors = 0;
    } catch (err) {
      await storeFailed(err);
      continue;
    }
    await sleep(o.pollMs, o.signal);
  }
  return outcomes;
}

/** Starts a job's preparation; its failure is handled when the job's turn comes, not before. */
function prepare<T, P>(staged: StagedJobHandler<T, P>, job: Job<T>): Promise<P> {
  const p = Promise.resolve().then(() => staged.prepare(job));
  p.catch(() => undefined);
  return p;
}

async function finishJob<T, P>(
  store: Store,
  staged: StagedJobHandler<T, P>,
  { job, prepared }: Claimed<T, P>,
  maxAttempts: number,
): Promise<JobOutcome> {
  try {
    let done: AddResult | null = null;
    const result = await staged.commit(job, await prepared, async (doc, options) => {
      if (done) throw new Error('job handler completed a job twice');
      done = await store.completeJob(job.id, doc, options);
      return done;
    });
    if (!done) throw new Error('job handler returned without completing the job');
    return { job: job.id, key: job.key, status: result.status, id: result.id };
  } catch (err) {
    const permanent = err instanceof DossierError && err.code !== 'STORE_ERROR';
    // If even this fails, the lease runs out and the job is retried anyway.
    await store
      .failJob(job.id, errorMessage(err), permanent ? job.attempts : maxAttempts)
      .catch(() => undefined);
    const status = permanent ? 'rejected' : job.attempts >= maxAttempts ? 'failed' : 'retry';
    return { job: job.id, key: job.key, status, reason: errorMessage(err) };
  }
}

async function idle(store: Store): Promise<boolean> {
  const s = await store.queueStats();
  return s.queued === 0 && s.running === 0;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
