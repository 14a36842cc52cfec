// The worker benchmark: one generated corpus, queued into a fresh store per run, drained by N real
// `dossier worker --exit-when-empty` processes. Measures wall time, documents/s, words/s, the workers'
// CPU time and their peak resident memory (VmHWM from /proc, polled), per backend and worker count.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../app.js';
import { ingestInputs } from '../ingest/ingest.js';
import type { Store } from '../store/store.js';
import { childCpuSeconds, dossierBin, watchChild } from './child-figures.js';
import { writeNewsCorpus } from './generate-news-corpus.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres.js';

export type Backend = 'sqlite' | 'postgres';

export interface WorkerBenchRow {
  backend: Backend;
  workers: number;
  docs: number;
  failed: number;
  words: number;
  /** Wall-clock seconds from the first worker's start to the last one's exit. */
  seconds: number;
  /** CPU seconds (user + system) the workers used, all together. */
  cpuSeconds: number;
  docsPerSecond: number;
  wordsPerSecond: number;
  docsPerCpuSecond: number;
  /** Largest peak resident set of any one worker, in MB. */
  peakMb: number;
  /** docs/s over the same backend's 1-worker docs/s (null without a 1-worker run). */
  speedup: number | null;
}

export interface WorkerBenchResult {
  pages: number;
  bytes: number;
  loadBefore: number[];
  loadAfter: number[];
  rows: WorkerBenchRow[];
  skipped: string[];
}

export interface WorkerBenchOptions {
  pages: number;
  seed: number;
  workers: number[];
  backends: Backend[];
  /** Node flags for each worker process (e.g. --cpu-prof to profile it). */
  nodeArgs?: string[];
}

/** Running workers, killed when the benchmark is interrupted so none outlives it. */
const running = new Set<ChildProcess>();

/** Runs one worker process to its end; resolves with its peak RSS in kB (polled while it runs). */
async function runWorker(bin: string, db: string, id: string, nodeArgs: string[]): Promise<number> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, bin, '--db', db, 'worker', '--exit-when-empty', '--poll', '100', '--id', id],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  running.add(child);
  try {
    return await watchChild(child, [0], `worker ${id}`);
  } finally {
    running.delete(child);
  }
}

async function enqueueCorpus(store: Store, corpus: string): Promise<number> {
  let queued = 0;
  for await (const o of ingestInputs([corpus], { store, queue: true })) if (o.status === 'queued') queued++;
  return queued;
}

async function countWords(store: Store): Promise<number> {
  let words = 0;
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listDocuments({ limit: 1000, offset });
    for (const d of page) words += d.words;
    if (page.length < 1000) return words;
  }
}

async function runOne(
  backend: Backend,
  db: string,
  corpus: string,
  workers: number,
  nodeArgs: string[],
): Promise<Omit<WorkerBenchRow, 'speedup'>> {
  const store = await openStore(db);
  try {
    await enqueueCorpus(store, corpus);
  } finally {
    await store.close();
  }
  const bin = dossierBin();
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  const peaks = await Promise.all(
    Array.from({ length: workers }, (_, i) =>
      runWorker(bin, db, `bench-${backend}-${workers}-${i}`, nodeArgs),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = childCpuSeconds() - cpu0;
  const after = await openStore(db);
  try {
    const docs = await after.countDocuments();
    const words = await countWords(after);
    const { failed } = await after.queueStats();
    return {
      backend,
      workers,
      docs,
      failed,
      words,
      seconds,
      cpuSeconds,
      docsPerSecond: docs / seconds,
      wordsPerSecond: words / seconds,
      docsPerCpuSecond: docs / cpuSeconds,
      peakMb: Math.max(...peaks) / 1024,
    };
  } finally {
    await after.close();
  }
}

export async function runWorkerBench(o: WorkerBenchOptions): Promise<WorkerBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-workers-'));
  const rows: WorkerBenchRow[] = [];
  const skipped: string[] = [];
  let pg: ThrowawayPostgres | null = null;
  const loadBefore = loadavg();
  // Interrupted: stop the workers and start no more runs; once the cluster and files are removed
  // below, the signal is raised again so the process ends as it would have.
  let interrupted: NodeJS.Signals | null = null;
  const interrupt = (sig: NodeJS.Signals) => {
    interrupted = sig;
    for (const c of running) c.kill('SIGKILL');
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    const corpus = join(dir, 'pages');
    const bytes = await writeNewsCorpus(corpus, o.pages, o.seed);
    for (const backend of o.backends) {
      if (interrupted) break;
      if (backend === 'postgres') {
        pg = startThrowawayPostgres();
        if (!pg) {
          skipped.push(
            'postgres: no PostgreSQL server binaries (apt-get install -y postgresql, or set DOSSIER_PG_BIN)',
          );
          continue;
        }
      }
      let base: number | null = null;
      for (const n of o.workers) {
        if (interrupted) break;
        const name = `bench_${n}w_${rows.length}`;
        const db = backend === 'postgres' && pg ? await pg.createDatabase(name) : join(dir, `${name}.db`);
        const r = await runOne(backend, db, corpus, n, o.nodeArgs ?? []);
        if (n === 1) base = r.docsPerSecond;
        rows.push({ ...r, speedup: base ? r.docsPerSecond / base : null });
      }
    }
    return { pages: o.pages, bytes, loadBefore, loadAfter: loadavg(), rows, skipped };
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    pg?.stop();
    await rm(dir, { recursive: true, force: true });
    if (interrupted) process.kill(process.pid, interrupted);
  }
}
