// `dossier bench workers`: documents/s, words/s and peak memory of 1, 2, … `dossier worker` processes
// draining a queued generated corpus, on SQLite and on a throwaway PostgreSQL cluster, as a table.
import type { Command } from 'commander';
import { type Backend, runWorkerBench, type WorkerBenchResult } from '../../bench/run-worker-bench.js';
import { DossierError } from '../../errors.js';
import { printJson } from '../context.js';

interface Flags {
  pages: string;
  seed: string;
  workers: string;
  backend: string;
  cpuProf?: string;
  json?: boolean;
}

function counts(v: string): number[] {
  const list = v.split(',').map((s) => Number(s.trim()));
  if (!list.length || list.some((n) => !Number.isInteger(n) || n < 1 || n > 64)) {
    throw new DossierError('BAD_REQUEST', `--workers must be a comma-separated list of 1..64, not "${v}"`);
  }
  return list;
}

function backends(v: string): Backend[] {
  const list = v.split(',').map((s) => s.trim());
  for (const b of list) {
    if (b !== 'sqlite' && b !== 'postgres') {
      throw new DossierError('BAD_REQUEST', `--backend takes sqlite and/or postgres, not "${b}"`);
    }
  }
  return list as Backend[];
}

function table(r: WorkerBenchResult): string {
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const cols = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(10) : c.padStart(11))).join('');
  const out = [
    `${r.pages} generated HTML pages, ${(r.bytes / (1024 * 1024)).toFixed(1)} MB, queued then drained by \`dossier worker\` processes`,
    `load average before ${load(r.loadBefore)}, after ${load(r.loadAfter)} (the machine's other work slows wall-clock figures)`,
    cols(['backend', 'workers', 'docs', 'seconds', 'docs/s', 'words/s', 'docs/cpu-s', 'peak MB', 'speed-up']),
    ...r.rows.map((x) =>
      cols([
        x.backend,
        String(x.workers),
        x.failed ? `${x.docs} (${x.failed} failed)` : String(x.docs),
        x.seconds.toFixed(1),
        x.docsPerSecond.toFixed(1),
        x.wordsPerSecond.toFixed(0),
        x.docsPerCpuSecond.toFixed(1),
        x.peakMb.toFixed(0),
        x.speedup === null ? '-' : `${x.speedup.toFixed(2)}x`,
      ]),
    ),
    ...r.skipped.map((s) => `skipped ${s}`),
  ];
  return `${out.join('\n')}\n`;
}

export function addBenchWorkers(parent: Command): void {
  parent
    .command('workers')
    .description(
      'Queue a generated HTML corpus and drain it with 1, 2, … `dossier worker` processes on SQLite and PostgreSQL; print docs/s, words/s, peak MB. Each worker analyses on one thread per core unless DOSSIER_THREADS says otherwise (DOSSIER_THREADS=1 measures process scaling alone)',
    )
    .option('--pages <n>', 'how many pages to generate', '300')
    .option('--seed <n>', 'seed of the corpus generator (same seed, same pages)', '1')
    .option('--workers <list>', 'worker counts to run, comma-separated', '1,2')
    .option(
      '--backend <list>',
      'sqlite, postgres or both (postgres starts a throwaway cluster)',
      'sqlite,postgres',
    )
    .option('--cpu-prof <dir>', 'write a V8 CPU profile of every worker into this directory')
    .option('--json', 'print the figures as JSON')
    .action(async (flags: Flags) => {
      const pages = Number(flags.pages);
      if (!Number.isInteger(pages) || pages < 1) {
        throw new DossierError('BAD_REQUEST', `--pages must be a positive whole number, not ${flags.pages}`);
      }
      const result = await runWorkerBench({
        pages,
        seed: Number(flags.seed) || 1,
        workers: counts(flags.workers),
        backends: backends(flags.backend),
        nodeArgs: flags.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', flags.cpuProf] : [],
      });
      if (flags.json) return printJson(result);
      process.stdout.write(table(result));
    });
}
