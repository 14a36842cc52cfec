// The loop every queue worker runs: claim a job, hand it to the analysis, commit the document and the
// job's completion in one transaction. A job whose input cannot become a document (a DossierError,
// e.g. no article text) fails at once; any other error is retried up to maxAttempts. A worker killed
// mid-job commits nothing, and its job is handed out again when the lease expires.

import type { Doc } from '../doc/index.js';
import { DossierError, errorMessage } from '../errors.js';
import type { AddOptions, AddResult, Job, Store } from './store.js';

/** Analyses one job's payload and calls `complete` exactly once with the finished document. */
export type JobHandler<T> = (
  job: Job<T>,
  complete: (doc: Doc, options?: AddOptions) => Promise<AddResult>,
) => Promise<AddResult>;

export interface WorkerOptions {
  worker: string;
  leaseMs: number;
  maxAttempts: number;
  /** How long to wait before asking again when the queue is empty. */
  pollMs: number;
  /** Return once no job is queued or running, instead of waiting for more. */
  exitWhenEmpty: boolean;
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

export async function runQueueWorker<T>(
  store: Store,
  handle: JobHandler<T>,
  o: WorkerOptions,
): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  const report = (x: JobOutcome) => {
    outcomes.push(x);
    o.onOutcome?.(x);
  };
  let storeErrors = 0;
  while (!o.signal?.aborted) {
    let job: Job<T> | null;
    let finished = false;
    try {
      job = await store.claimJob<T>(o.worker, o.leaseMs);
      // Jobs other workers hold may still come back (their worker may have died): wait them out.
      finished = !job && o.exitWhenEmpty && (await idle(store));
      storeErrors = 0;
    } catch (err) {
      // A busy or briefly unreachable database is waited out; one that keeps failing is reported.
      if (++storeErrors > MAX_STORE_ERRORS) throw err;
      await sleep(o.pollMs * storeErrors, o.signal);
      continue;
    }
    if (finished) break;
    if (!job) {
      await sleep(o.pollMs, o.signal);
      continue;
    }
    try {
      let done: AddResult | null = null;
      const result = await handle(job, async (doc, options) => {
        if (done) throw new Error('job handler completed a job twice');
        done = await store.completeJob(job.id, doc, options);
        return done;
      });
      if (!done) throw new Error('job handler returned without completing the job');
      report({ job: job.id, key: job.key, status: result.status, id: result.id });
    } catch (err) {
      const permanent = err instanceof DossierError && err.code !== 'STORE_ERROR';
      // If even this fails, the lease runs out and the job is retried anyway.
      await store
        .failJob(job.id, errorMessage(err), permanent ? job.attempts : o.maxAttempts)
        .catch(() => undefined);
      const status = permanent ? 'rejected' : job.attempts >= o.maxAttempts ? 'failed' : 'retry';
      report({ job: job.id, key: job.key, status, reason: errorMessage(err) });
    }
  }
  return outcomes;
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
