// `dossier tag timex`: the time-expression tagger on its own. Plain text in; JSON
// [{start, end, text, type, value, mod?}] (offsets into the input as read) or TimeML out.
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { tagTimex } from '../../time/index.js';
import { toTimeml } from '../../time/timeml-format.js';
import { printJson } from '../context.js';
import { readTextInput } from './tag-ner.js';

export function addTagTimex(parent: Command): void {
  parent
    .command('timex')
    .description('Tag and normalize time expressions (TIMEX3: DATE, TIME, DURATION, SET)')
    .argument('<file>', 'path to a plain-text file, or - for stdin')
    .option('--dct <date>', "the document's date, YYYY-MM-DD (without it, the date is unknown)")
    .option('--date <date>', 'same as --dct')
    .option('--format <format>', 'json or timeml', 'json')
    .option('--verbose', 'json only: also print the rule, anchor, resolution and interval of each')
    .action((file: string, opts: { dct?: string; date?: string; format: string; verbose?: boolean }) => {
      const dct = opts.dct ?? opts.date ?? null;
      if (dct && !/^\d{4}-\d{2}-\d{2}$/.test(dct)) {
        throw new DossierError('BAD_REQUEST', `--dct ${dct}: give the document date as YYYY-MM-DD`);
      }
      if (opts.format !== 'json' && opts.format !== 'timeml') {
        throw new DossierError('BAD_REQUEST', `--format ${opts.format}: use json or timeml`);
      }
      const text = readTextInput(file);
      const found = tagTimex(text, { dct });
      if (opts.format === 'timeml') return void process.stdout.write(toTimeml(text, found, dct));
      printJson(
        found.map((t) =>
          opts.verbose
            ? t
            : {
                start: t.start,
                end: t.end,
                text: t.text,
                type: t.type,
                value: t.value,
                ...(t.mod ? { mod: t.mod } : {}),
              },
        ),
      );
    });
}
