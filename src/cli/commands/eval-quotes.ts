// `dossier eval quotes --data <dir>`: scores the quote finder on PolNeAR attribution data.
import type { Command } from 'commander';
import { formatQuotesReport, runQuotesEval } from '../../../eval/quotes.js';
import { printJson } from '../context.js';

export function addEvalQuotes(parent: Command): void {
  parent
    .command('quotes')
    .description('Score quote attribution on PolNeAR (content/source/cue spans, quote F1, speaker accuracy)')
    .requiredOption('--data <dir>', 'a PolNeAR folder with manifest.tsv, text/ and attributions/')
    .option('--limit <n>', 'score only the first n documents', (v) => Number.parseInt(v, 10))
    .option('--json', 'print the figures as JSON')
    .action((opts: { data: string; limit?: number; json?: boolean }) => {
      const report = runQuotesEval(opts.data, opts.limit);
      if (opts.json) printJson(report);
      else process.stdout.write(`${formatQuotesReport(report)}\n`);
    });
}
