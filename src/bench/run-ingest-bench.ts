// The ingest benchmark: generate an HTML news corpus, ingest it into a temporary SQLite store (with
// and without the analysis pipeline), and clean (and analyse) the same pages on their own, timing each
// on one core; then run the real `dossier ingest --threads n` on the same pages for each n, one
// process each, for documents/s, words/s, CPU time and peak memory.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../app.js';
import { cleanArticle } from '../clean/clean-article.js';
import type { Doc } from '../doc/index.js';
import { ingestInputs } from '../ingest/ingest.js';
import { makeRaw } from '../ingest/raw-input.js';
import type { Article } from '../ingest/reader.js';
import { analyseArticle } from '../pipeline/analysis-thread.js';
import { runDossier } from './child-figures.js';
import { writeNewsCorpus } from './generate-news-corpus.js';

export interface BenchRow {
  stage: string;
  pages: number;
  ok: number;
  /** Wall-clock seconds: depends on what else the machine runs. */
  seconds: number;
  /** CPU seconds of this process (user + system): the one-core cost, whatever the load. */
  cpuSeconds: number;
  pagesPerSecond: number;
  pagesPerCpuSecond: number;
  mbPerSecond: number;
  mbPerCpuSecond: number;
}

interface Timing {
  ok: number;
  ms: number;
  cpuMs: number;
}

/** One `dossier ingest --threads n` process over the whole corpus, into a fresh SQLite store. */
export interface ThreadsRow {
  threads: number;
  docs: number;
  words: number;
  seconds: number;
  cpuSeconds: number;
  docsPerSecond: number;
  wordsPerSecond: number;
  docsPerCpuSecond: number;
  peakMb: number;
  /** docs/s over the 1-thread run's docs/s (null without one). */
  speedup: number | null;
}

export interface IngestBenchResult {
  pages: number;
  bytes: number;
  rows: BenchRow[];
  /**
   * CPU share of the one-thread ingest + analysis that the document-level stages (cleaning and
   * analysis, what the pool runs) take; the rest (reading, corpus stages, store) stays on the main
   * thread and bounds the speed-up from threads.
   */
  documentLevelShare: number;
  threadRows: ThreadsRow[];
}

function row(stage: string, pages: number, bytes: number, t: Timing): BenchRow {
  const seconds = t.ms / 1000;
  const cpuSeconds = t.cpuMs / 1000;
  const mb = bytes / (1024 * 1024);
  return {
    stage,
    pages,
    ok: t.ok,
    seconds,
    cpuSeconds,
    pagesPerSecond: pages / seconds,
    pagesPerCpuSecond: pages / cpuSeconds,
    mbPerSecond: mb / seconds,
    mbPerCpuSecond: mb / cpuSeconds,
  };
}

function timer(): () => { ms: number; cpuMs: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
  };
}

async function timeIngest(corpus: string, db: string, analyze: boolean): Promise<Timing> {
  const store = await openStore(db);
  try {
    const stop = timer();
    let ok = 0;
    for await (const o of ingestInputs([corpus], { store, analyze })) if (o.status === 'added') ok++;
    return { ok, ...stop() };
  } finally {
    await store.close();
  }
}

async function readArticles(corpus: string): Promise<Article[]> {
  const files = (await readdir(corpus)).sort();
  const fetchedAt = new Date().toISOString();
  return Promise.all(
    files.map(async (f) => {
      const html = await readFile(join(corpus, f), 'utf8');
      return { raw: makeRaw(f, Buffer.from(html), fetchedAt, 'text/html'), html, text: null, hints: {} };
    }),
  );
}

/** One document-level step over every page on this thread (cleaning, or cleaning + analysis). */
function timeDocLevel(articles: Article[], step: (a: Article) => Doc): Timing {
  // Warm the JIT on a few pages first, so the stages timed after this one are not favoured.
  for (const a of articles.slice(0, 20)) {
    try {
      step(a);
    } catch {}
  }
  let ok = 0;
  const stop = timer();
  for (const a of articles) {
    try {
      if (step(a).text) ok++;
    } catch {
      // A page cleaning refuses counts as not ok; the benchmark measures speed, not failures.
    }
  }
  return { ok, ...stop() };
}

async function storedWords(db: string): Promise<{ docs: number; words: number }> {
  const store = await openStore(db);
  try {
    let words = 0;
    for (let offset = 0; ; offset += 1000) {
      const page = await store.listDocuments({ limit: 1000, offset });
      for (const d of page) words += d.words;
      if (page.length < 1000) return { docs: await store.countDocuments(), words };
    }
  } finally {
    await store.close();
  }
}

async function timeThreads(corpus: string, dir: string, threads: number[]): Promise<ThreadsRow[]> {
  const rows: ThreadsRow[] = [];
  let base: number | null = null;
  for (const n of threads) {
    const db = join(dir, `threads-${n}-${rows.length}.db`);
    const run = await runDossier(['--db', db, 'ingest', '--threads', String(n), corpus, '--json']);
    const { docs, words } = await storedWords(db);
    const docsPerSecond = docs / run.seconds;
    if (n === 1) base = docsPerSecond;
    rows.push({
      threads: n,
      docs,
      words,
      ...run,
      docsPerSecond,
      wordsPerSecond: words / run.seconds,
      docsPerCpuSecond: docs / run.cpuSeconds,
      speedup: base ? docsPerSecond / base : null,
    });
  }
  return rows;
}

export async function runIngestBench(
  pages: number,
  seed = 1,
  threads: number[] = [],
): Promise<IngestBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-ingest-'));
  try {
    const corpus = join(dir, 'pages');
    const bytes = await writeNewsCorpus(corpus, pages, seed);
    const articles = await readArticles(corpus);
    const clean = timeDocLevel(articles, cleanArticle);
    const docLevel = timeDocLevel(articles, (a) => analyseArticle(a));
    const stored = await timeIngest(corpus, join(dir, 'clean.db'), false);
    const analysed = await timeIngest(corpus, join(dir, 'full.db'), true);
    return {
      pages,
      bytes,
      rows: [
        row('clean only (Readability + segment classifier)', pages, bytes, clean),
        row('clean + analysis (what the thread pool runs)', pages, bytes, docLevel),
        row('ingest: read, sniff, decode, clean, store', pages, bytes, stored),
        row('ingest + analysis on one thread (--threads 1)', pages, bytes, analysed),
      ],
      documentLevelShare: docLevel.cpuMs / analysed.cpuMs,
      threadRows: await timeThreads(corpus, dir, threads),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
