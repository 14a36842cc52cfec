// `dossier eval timex --data <dir>`: TempEval-3 Task A on TimeML files, with chrono-node beside.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { evalTimex } from '../../../eval/timex-eval.js';
import { DossierError } from '../../errors.js';
import { printJson } from '../context.js';

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

export function addEvalTimex(parent: Command): void {
  parent
    .command('timex')
    .description('TempEval-3 Task A: time expression extent, type and value against TimeML gold')
    .requiredOption('--data <dir>', 'folder of .tml files (e.g. ../shared/data/tempeval3/train)')
    .option('--json', 'print the figures as JSON')
    .option('--errors <n>', 'also print the first n disagreements', '0')
    .action((opts: { data: string; json?: boolean; errors: string }) => {
      if (!existsSync(opts.data)) {
        throw new DossierError(
          'DATA_MISSING',
          `${opts.data}: no such folder; point --data at TempEval-3 .tml files`,
        );
      }
      const r = evalTimex(opts.data);
      if (r.documents === 0) throw new DossierError('DATA_MISSING', `${opts.data}: no .tml files found`);
      const { errors, ...figures } = r;
      if (opts.json) return printJson(figures);
      const row = (name: string, f: typeof r.dossier) =>
        `${name.padEnd(12)}${pct(f.strictF1)}${pct(f.relaxedP)}${pct(f.relaxedR)}${pct(f.relaxedF1)}${pct(f.valueF1)}${pct(f.typeAccuracy)}\n`;
      process.stdout.write(
        `TempEval-3 Task A: ${r.documents} documents, ${r.goldTimexes} gold TIMEX3 (DCT excluded)\n`,
      );
      process.stdout.write(
        `${''.padEnd(12)}${'strict'.padStart(6)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'value'.padStart(6)}${'type'.padStart(6)}\n`,
      );
      process.stdout.write(row('dossier', r.dossier));
      process.stdout.write(row('chrono-node', r.chrono));
      for (const e of errors.slice(0, Number(opts.errors) || 0)) {
        process.stdout.write(`${e.doc}\tgold: ${e.gold || '-'}\tours: ${e.system || '-'}\n`);
      }
    });
}
