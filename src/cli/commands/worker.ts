// `dossier worker`: takes articles from the store's queue (filled by `dossier ingest --queue`), cleans
// and analyses them, and commits each document together with its job. Run any number of workers, on
// any machines that reach the database; a killed worker's jobs are retried when their leases run out.
// Within one worker, --threads jobs are analysed at once on a thread pool; each is then committed
// with its job on the main thread, one at a time.
import { hostname } from 'node:os';
import type { Command } from 'commander';
import type { Doc } from '../../doc/index.js';
import { DossierError } from '../../errors.js';
import { type AnalysisPool, openAnalysisPool, resolveThreads } from '../../pipeline/analysis-pool.js';
import { CorpusStages } from '../../pipeline/commit-document.js';
import { type ArticlePayload, articleFromPayload } from '../../store/article-job.js';
import { type JobOutcome, runQueueWorker, type StagedJobHandler } from '../../store/queue-worker.js';
import type { Store } from '../../store/store.js';
import { printJson, withStore } from '../context.js';

interface WorkerFlags {
  id: string;
  lease: string;
  maxAttempts: string;
  poll: string;
  refresh: string;
  threads?: string;
  exitWhenEmpty?: boolean;
  json?: boolean;
  verbose?: boolean;
}

function positive(name: string, v: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new DossierError('BAD_REQUEST', `--${name} must be a positive number, not "${v}"`);
  return n;
}

/** Clean → analyse (on the pool) → corpus stages → commit with the job. The corpus index is reloaded
 * now and then (CorpusStages.stale) so that what other workers stored is found (writes are upserts
 * either way). */
function articleHandler(
  store: Store,
  refresh: number,
  pool: AnalysisPool,
): StagedJobHandler<ArticlePayload, Doc> {
  let stages: CorpusStages | null = null;
  let sinceLoad = 0;
  return {
    prepare: (job) => pool.analyse(articleFromPayload(job.payload)),
    async commit(_job, doc, complete) {
      if (!stages || (await stages.stale(store, sinceLoad, refresh))) {
        stages = await CorpusStages.load(store);
        sinceLoad = 0;
      }
      sinceLoad++;
      let completed = false;
      const result = await stages.commit(store, doc, (d, o) => {
        completed = true;
        return complete(d, o);
      });
      // A duplicate is decided before writing; the job is still done (completeJob stores nothing new).
      return completed ? result : complete(doc);
    },
  };
}

function line(o: JobOutcome): string {
  return `${o.status.padEnd(9)} job ${o.job} ${o.id ? `→ ${o.id}` : ''}${o.reason ? ` ${o.reason}` : ''}`;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'Analyse queued articles (from `dossier ingest --queue`) and store them; run as many as you like',
    )
    .option('--id <name>', 'worker name recorded on claimed jobs', `${hostname()}:${process.pid}`)
    .option('--lease <seconds>', 'how long a job stays claimed before another worker may retry it', '120')
    .option('--max-attempts <n>', 'attempts before a job that keeps failing is marked failed', '3')
    .option('--poll <ms>', 'wait between polls when the queue is empty', '1000')
    .option(
      '--refresh <jobs>',
      'reload the corpus index after n jobs when other workers added documents (and not before the corpus grew by a quarter)',
      '50',
    )
    .option(
      '--threads <n>',
      'jobs analysed at once on worker threads (default: DOSSIER_THREADS or one per core; 1 = no pool)',
    )
    .option('--exit-when-empty', 'stop when no job is left instead of waiting for more')
    .option('--json', 'print a JSON array of {job, key, status, id?, reason?} at the end')
    .option('-v, --verbose', 'print one line per job on stderr')
    .action(async (flags: WorkerFlags, cmd: Command) => {
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const pool = openAnalysisPool(resolveThreads(flags.threads));
      if (pool.fallback) process.stderr.write(`warning: ${pool.fallback}\n`);
      try {
        const outcomes = await withStore(cmd, (store) =>
          runQueueWorker(store, articleHandler(store, positive('refresh', flags.refresh), pool), {
            worker: flags.id,
            // One more than the threads, so the pool stays busy while a job is committed.
            ahead: pool.mode === 'threads' ? pool.threads + 1 : 1,
            leaseMs: positive('lease', flags.lease) * 1000,
            maxAttempts: positive('max-attempts', flags.maxAttempts),
            pollMs: positive('poll', flags.poll),
            exitWhenEmpty: !!flags.exitWhenEmpty,
            signal: stop.signal,
            onOutcome: flags.verbose ? (o) => process.stderr.write(`${line(o)}\n`) : undefined,
          }),
        );
        if (flags.json) return printJson(outcomes);
        const n = (s: JobOutcome['status']) => outcomes.filter((o) => o.status === s).length;
        process.stderr.write(
          `worker ${flags.id}: ${n('added')} added, ${n('duplicate')} duplicate, ${n('rejected')} rejected, ${n('retry')} to retry, ${n('failed')} failed\n`,
        );
      } finally {
        await pool.close();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
