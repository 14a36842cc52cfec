// `dossier train quotes --data <PolNeAR dir>`: retrains the quote attribution tagger on the
// documents of the official train split (one process; a few minutes).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { defaultQuotesModelDir } from '../../quotes/attribution-model.js';
import { trainQuotes } from '../../quotes/attribution-train.js';

export function addTrainQuotes(parent: Command): void {
  parent
    .command('quotes')
    .description('Train the quote attribution tagger (averaged perceptron, BILOU over source/cue/content)')
    .requiredOption('--data <dir>', 'a PolNeAR folder with manifest.tsv, e.g. ../shared/data/quotes/dev')
    .option('--out <dir>', 'folder to write the two model files to (default: models/quotes)')
    .option('--epochs <n>', 'most passes over the training data', '12')
    .option('--seed <n>', 'shuffling seed', '1')
    .action((opts: { data: string; out?: string; epochs: string; seed: string }) => {
      if (!existsSync(join(opts.data, 'manifest.tsv')))
        throw new DossierError('NOT_FOUND', `${opts.data}: no manifest.tsv there; give a PolNeAR folder`);
      const epochs = Number(opts.epochs);
      if (!Number.isInteger(epochs) || epochs < 1)
        throw new DossierError('BAD_REQUEST', `--epochs ${opts.epochs}: give a whole number ≥ 1`);
      trainQuotes({
        data: opts.data,
        out: opts.out ?? defaultQuotesModelDir(),
        epochs,
        seed: Number(opts.seed),
      });
    });
}
