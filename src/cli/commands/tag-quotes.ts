// `dossier tag quotes <file|->`: plain text in, quotes out (JSON offsets into the input as read,
// or one readable line per quote).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { findEntities } from '../../nlp/entities.js';
import { extractQuotes } from '../../quotes/index.js';
import { printJson } from '../context.js';

export function addTagQuotes(parent: Command): void {
  parent
    .command('quotes')
    .description('Find direct and reported quotes with their cue, source and speaker')
    .argument('<file>', "a plain-text file, or '-' for stdin")
    .option('--format <format>', 'json or text', 'text')
    .action((file: string, opts: { format: string }) => {
      if (opts.format !== 'json' && opts.format !== 'text') {
        throw new DossierError('BAD_REQUEST', `--format ${opts.format}: use json or text`);
      }
      const text = readInput(file);
      const entities = findEntities(text).map((m) => ({ start: m.start, end: m.end, label: m.type }));
      const quotes = extractQuotes(text, { entities }).map((q) => ({
        content: q.content,
        ...(q.source ? { source: q.source } : {}),
        cue: q.cue,
        ...(q.speaker ? { speaker: q.speaker.name } : {}),
        ...(q.role ? { role: q.role } : {}),
        direct: q.direct,
      }));
      if (opts.format === 'json') return printJson(quotes);
      for (const q of quotes) {
        const who = q.speaker ?? (q.source ? text.slice(q.source.start, q.source.end) : '?');
        process.stdout.write(
          `${who}${q.direct ? '' : ' (reported)'}: ${text.slice(q.content.start, q.content.end)}\n`,
        );
      }
    });
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    throw new DossierError(
      'NOT_FOUND',
      `${file}: cannot read it (${(err as Error).message}); give a text file path or '-' for stdin`,
    );
  }
}
