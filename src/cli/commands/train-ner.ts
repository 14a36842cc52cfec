// `dossier train ner --data <file> --out <model>`: retrains the entity tagger (one process; a few
// minutes on CoNLL-2003 train), choosing the epoch by F1 on --dev when given.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { trainNer } from '../../nlp/ner-train.js';

export function addTrainNer(parent: Command): void {
  parent
    .command('ner')
    .description('Train the entity tagger (averaged perceptron, BILOU) on CoNLL-2003 columns')
    .requiredOption('--data <file>', 'training file, e.g. ../shared/data/conll2003/train.txt')
    .requiredOption('--out <model>', 'where to write the model, e.g. models/ner/ner-conll.bin.gz')
    .option('--dev <file>', 'dev file for choosing the epoch, e.g. ../shared/data/conll2003/dev.txt')
    .option('--epochs <n>', 'passes over the training data', '10')
    .option('--seed <n>', 'shuffling seed', '1')
    .action((opts: { data: string; out: string; dev?: string; epochs: string; seed: string }) => {
      for (const f of [opts.data, opts.dev]) {
        if (f && !existsSync(f))
          throw new DossierError('NOT_FOUND', `${f}: no such file; give a CoNLL-2003 file`);
      }
      const epochs = Number(opts.epochs);
      if (!Number.isInteger(epochs) || epochs < 1)
        throw new DossierError('BAD_REQUEST', `--epochs ${opts.epochs}: give a whole number ≥ 1`);
      trainNer({ data: opts.data, dev: opts.dev, out: opts.out, epochs, seed: Number(opts.seed) });
    });
}
