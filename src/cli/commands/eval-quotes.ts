// `dossier eval quotes --data <dir>`: scores the quote finder on PolNeAR attribution data.
import type { Command } from 'commander';
import { formatQuotesReport, ruleQuotes, runQuotesEval, taggedQuotes } from '../../../eval/quotes.js';
import { formatQuotesBench, runQuotesBench } from '../../../eval/quotes-bench.js';
import { printJson } from '../context.js';

export function addEvalQuotes(parent: Command): void {
  parent
    .command('quotes')
    .description('Score quote attribution on PolNeAR (content/source/cue spans, quote F1, speaker accuracy)')
    .requiredOption('--data <dir>', 'a PolNeAR folder with manifest.tsv, text/ and attributions/')
    .option('--limit <n>', 'score only the first n documents', (v) => Number.parseInt(v, 10))
    .option('--split <name>', 'score only documents of this official PolNeAR split (train, dev or test)')
    .option('--rules', 'score the rule-based finder alone (no trained model)')
    .option('--bench', 'measure speed (documents/s, tokens/s) instead of quality')
    .option('--json', 'print the figures as JSON')
    .action(
      (opts: {
        data: string;
        limit?: number;
        split?: string;
        rules?: boolean;
        bench?: boolean;
        json?: boolean;
      }) => {
        if (opts.bench) {
          const bench = runQuotesBench(opts.data, { limit: opts.limit, split: opts.split });
          if (opts.json) printJson(bench);
          else process.stdout.write(`${formatQuotesBench(bench)}\n`);
          return;
        }
        const find = opts.rules ? ruleQuotes : taggedQuotes;
        const report = runQuotesEval(opts.data, { limit: opts.limit, split: opts.split, find });
        if (opts.json) printJson(report);
        else process.stdout.write(`${formatQuotesReport(report)}\n`);
      },
    );
}
