// `dossier bench ingest`: pages/s and MB/s for ingest + clean on a corpus the command generates, then
// documents/s, words/s and peak memory of `dossier ingest --threads n` on the same pages.
import type { Command } from 'commander';
import { type IngestBenchResult, runIngestBench } from '../../bench/run-ingest-bench.js';
import { DossierError } from '../../errors.js';
import { parseThreads } from '../../pipeline/analysis-pool.js';
import { printJson } from '../context.js';

function threadCounts(v: string): number[] {
  if (v.trim() === '') return [];
  return v.split(',').map((s) => parseThreads(s.trim(), '--threads'));
}

function stageTable(r: IngestBenchResult): string[] {
  const cols = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(50) : c.padStart(10))).join('');
  return [
    `${r.pages} generated HTML pages, ${(r.bytes / (1024 * 1024)).toFixed(1)} MB; one process, one thread (DOM: linkedom, extraction: @mozilla/readability)`,
    'per CPU-second = the one-core cost whatever else runs; per second = wall clock on this machine now',
    cols(['stage', 'pages/cpu-s', 'MB/cpu-s', 'pages/s', 'MB/s', 'ok']),
    ...r.rows.map((x) =>
      cols([
        x.stage,
        x.pagesPerCpuSecond.toFixed(1),
        x.mbPerCpuSecond.toFixed(2),
        x.pagesPerSecond.toFixed(1),
        x.mbPerSecond.toFixed(2),
        String(x.ok),
      ]),
    ),
  ];
}

function threadsTable(r: IngestBenchResult): string[] {
  if (!r.threadRows.length) return [];
  const share = r.documentLevelShare;
  const cols = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(8) : c.padStart(11))).join('');
  return [
    '',
    `dossier ingest --threads n on the same pages, one process each into a fresh SQLite store`,
    share < 0.95
      ? `cleaning + analysis (the pool's part) is ${(share * 100).toFixed(0)}% of the one-thread CPU; the rest (reading, corpus stages, store) runs on the main thread, so threads give at most ${(1 / (1 - share)).toFixed(2)}x`
      : 'too few pages to split the one-thread CPU between the pool and the main thread',
    cols(['threads', 'docs', 'words', 'seconds', 'docs/s', 'words/s', 'docs/cpu-s', 'peak MB', 'speed-up']),
    ...r.threadRows.map((x) =>
      cols([
        String(x.threads),
        String(x.docs),
        String(x.words),
        x.seconds.toFixed(1),
        x.docsPerSecond.toFixed(1),
        x.wordsPerSecond.toFixed(0),
        x.docsPerCpuSecond.toFixed(1),
        x.peakMb.toFixed(0),
        x.speedup === null ? '-' : `${x.speedup.toFixed(2)}x`,
      ]),
    ),
  ];
}

export function addIngest(parent: Command): void {
  parent
    .command('ingest')
    .description(
      'Generate an HTML news corpus; time ingest, cleaning and analysis on one thread, then `dossier ingest --threads n` for each n (docs/s, words/s, peak MB)',
    )
    .option('--pages <n>', 'how many pages to generate', '300')
    .option('--seed <n>', 'seed of the corpus generator (same seed, same pages)', '1')
    .option(
      '--threads <list>',
      'thread counts to run `dossier ingest --threads` with, comma-separated ("" for none)',
      '1,2',
    )
    .option('--json', 'print the figures as JSON')
    .action(async (flags: { pages: string; seed: string; threads: string; json?: boolean }) => {
      const pages = Number(flags.pages);
      if (!Number.isInteger(pages) || pages < 1) {
        throw new DossierError('BAD_REQUEST', `--pages must be a positive whole number, not ${flags.pages}`);
      }
      const result = await runIngestBench(pages, Number(flags.seed) || 1, threadCounts(flags.threads));
      if (flags.json) return printJson(result);
      process.stdout.write(`${[...stageTable(result), ...threadsTable(result)].join('\n')}\n`);
    });
}
