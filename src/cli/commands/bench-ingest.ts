// `dossier bench ingest`: pages/s and MB/s for ingest + clean on a corpus the command generates.
import type { Command } from 'commander';
import { runIngestBench } from '../../bench/run-ingest-bench.js';
import { DossierError } from '../../errors.js';
import { printJson } from '../context.js';

export function addIngest(parent: Command): void {
  parent
    .command('ingest')
    .description(
      'Generate an HTML news corpus, ingest and clean it into a temporary SQLite store, print pages/s and MB/s',
    )
    .option('--pages <n>', 'how many pages to generate', '300')
    .option('--seed <n>', 'seed of the corpus generator (same seed, same pages)', '1')
    .option('--json', 'print the figures as JSON')
    .action(async (flags: { pages: string; seed: string; json?: boolean }) => {
      const pages = Number(flags.pages);
      if (!Number.isInteger(pages) || pages < 1) {
        throw new DossierError('BAD_REQUEST', `--pages must be a positive whole number, not ${flags.pages}`);
      }
      const result = await runIngestBench(pages, Number(flags.seed) || 1);
      if (flags.json) return printJson(result);
      const mb = (result.bytes / (1024 * 1024)).toFixed(1);
      const cols = (cells: string[]) =>
        cells.map((c, i) => (i === 0 ? c.padEnd(50) : c.padStart(10))).join('');
      const out = [
        `${result.pages} generated HTML pages, ${mb} MB; one process (DOM: linkedom, extraction: @mozilla/readability)`,
        'per CPU-second = the one-core cost whatever else runs; per second = wall clock on this machine now',
        cols(['stage', 'pages/cpu-s', 'MB/cpu-s', 'pages/s', 'MB/s', 'ok']),
        ...result.rows.map((r) =>
          cols([
            r.stage,
            r.pagesPerCpuSecond.toFixed(1),
            r.mbPerCpuSecond.toFixed(2),
            r.pagesPerSecond.toFixed(1),
            r.mbPerSecond.toFixed(2),
            String(r.ok),
          ]),
        ),
      ];
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
