// The ingest benchmark: generate an HTML news corpus, ingest it into a temporary SQLite store (with
// and without the analysis pipeline), and clean the same pages on their own, timing each on one core.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../app.js';
import { cleanArticle } from '../clean/clean-article.js';
import { ingestInputs } from '../ingest/ingest.js';
import { makeRaw } from '../ingest/raw-input.js';
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

export interface IngestBenchResult {
  pages: number;
  bytes: number;
  rows: BenchRow[];
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

async function timeClean(corpus: string): Promise<Timing> {
  const files = (await readdir(corpus)).sort();
  const pages = await Promise.all(
    files.map(async (f) => ({ f, html: await readFile(join(corpus, f), 'utf8') })),
  );
  const fetchedAt = new Date().toISOString();
  const articles = pages.map(({ f, html }) => ({
    raw: makeRaw(f, Buffer.from(html), fetchedAt, 'text/html'),
    html,
    text: null,
    hints: {},
  }));
  // Warm the JIT on a few pages first, so the stages timed after this one are not favoured.
  for (const a of articles.slice(0, 20)) {
    try {
      cleanArticle(a);
    } catch {}
  }
  let ok = 0;
  const stop = timer();
  for (const a of articles) {
    try {
      if (cleanArticle(a).text) ok++;
    } catch {
      // A page cleaning refuses counts as not ok; the benchmark measures speed, not failures.
    }
  }
  return { ok, ...stop() };
}

export async function runIngestBench(pages: number, seed = 1): Promise<IngestBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-ingest-'));
  try {
    const corpus = join(dir, 'pages');
    const bytes = await writeNewsCorpus(corpus, pages, seed);
    const clean = await timeClean(corpus);
    const stored = await timeIngest(corpus, join(dir, 'clean.db'), false);
    const analysed = await timeIngest(corpus, join(dir, 'full.db'), true);
    return {
      pages,
      bytes,
      rows: [
        row('clean only (Readability + segment classifier)', pages, bytes, clean),
        row('ingest: read, sniff, decode, clean, store', pages, bytes, stored),
        row('ingest + analysis (as dossier ingest runs)', pages, bytes, analysed),
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
