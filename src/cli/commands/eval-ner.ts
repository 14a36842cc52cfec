// `dossier eval ner --data <file>`: entity-level P/R/F1 of the tagger on CoNLL-2003 or CrossNER data.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { evalNer, formatNerEval, type NerDataFormat } from '../../../eval/ner.js';
import { DossierError } from '../../errors.js';
import { printJson } from '../context.js';

export function addEvalNer(parent: Command): void {
  parent
    .command('ner')
    .description('Entity-level exact-match P/R/F1 (conlleval-style) on a CoNLL-2003 or CrossNER file')
    .requiredOption(
      '--data <file>',
      'CoNLL-2003 columns (e.g. ../shared/data/conll2003/dev.txt) or CrossNER token<TAB>tag',
    )
    .option('--format <format>', 'conll or crossner (default: detected from the columns)')
    .option('--raw', 'score the statistical tagger alone, without rules and type mapping')
    .option('--json', 'print the figures as JSON')
    .action((opts: { data: string; format?: string; raw?: boolean; json?: boolean }) => {
      if (!existsSync(opts.data))
        throw new DossierError('NOT_FOUND', `${opts.data}: no such file; give a CoNLL or CrossNER file`);
      if (opts.format && opts.format !== 'conll' && opts.format !== 'crossner') {
        throw new DossierError('BAD_REQUEST', `--format ${opts.format}: use conll or crossner`);
      }
      const r = evalNer(opts.data, { format: opts.format as NerDataFormat | undefined, raw: opts.raw });
      if (opts.json) printJson(r);
      else process.stdout.write(`${formatNerEval(r)}\n`);
    });
}
