// `dossier bench nlp`: throughput of tokens + sentences + entities against compromise, on generated text.
import type { Command } from 'commander';
import { benchNlp, formatNlpBench } from '../../../eval/ner-bench.js';
import { DossierError } from '../../errors.js';
import { printJson } from '../context.js';

export function addBenchNlp(parent: Command): void {
  parent
    .command('nlp')
    .description('Tokens/s for tokenize + sentences + entities on one core, side by side with compromise')
    .option('--words <n>', 'size of the generated text', '50000')
    .option('--seconds <n>', 'minimum timed seconds per system', '3')
    .option('--json', 'print the figures as JSON')
    .action(async (opts: { words: string; seconds: string; json?: boolean }) => {
      const words = Number(opts.words);
      const minSeconds = Number(opts.seconds);
      if (!(words > 0) || !(minSeconds > 0))
        throw new DossierError('BAD_REQUEST', '--words and --seconds take positive numbers');
      const r = await benchNlp({ words, minSeconds });
      if (opts.json) printJson(r);
      else process.stdout.write(`${formatNlpBench(r)}\n`);
    });
}
