// `dossier tag ner`: the entity tagger on its own. CoNLL columns in → one more column out (IOB2 over
// PER/ORG/LOC/MISC); or plain text in → JSON mentions with offsets into the input as read.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { readConll } from '../../nlp/conll.js';
import { tagConllText } from '../../nlp/conll-tagging.js';
import { findEntities } from '../../nlp/entities.js';
import { printJson } from '../context.js';

export function readTextInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') {
      throw new DossierError('NOT_FOUND', `${path}: no such file; give a path to a file, or - for stdin`);
    }
    throw err;
  }
}

export function addTagNer(parent: Command): void {
  parent
    .command('ner')
    .description(
      'Tag named entities: CoNLL columns (adds a predicted IOB2 column) or plain text (JSON mentions)',
    )
    .argument('<file>', 'path to the input, or - for stdin')
    .option('--format <format>', 'conll or json', 'json')
    .option('--raw', 'conll only: the statistical tagger alone, without the rule layer')
    .action((file: string, opts: { format: string; raw?: boolean }) => {
      if (opts.format !== 'conll' && opts.format !== 'json') {
        throw new DossierError('BAD_REQUEST', `--format ${opts.format}: use conll or json`);
      }
      const text = readTextInput(file);
      if (opts.format === 'conll') {
        process.stdout.write(tagConllText(text, readConll(text), { raw: opts.raw }));
        return;
      }
      printJson(findEntities(text).map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type })));
    });
}
