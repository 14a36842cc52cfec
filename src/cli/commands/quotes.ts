// `dossier quotes`: who said what, direct and reported, with speakers resolved across articles.
import type { Command } from 'commander';
import { listQuotes } from '../../quotes/quote-listing.js';
import { printJson, withStore } from '../context.js';

export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('List quotes (direct and reported speech) with their resolved speakers')
    .option('--speaker <name|id>', 'only quotes by this speaker (name substring or entity id)')
    .option(
      '--json',
      'print JSON: [{id, text, direct, speaker: {id, name} | null, role, cue, docId, start, end, date?}]',
    )
    .action(async (opts: { speaker?: string; json?: boolean }, command: Command) => {
      const quotes = await withStore(command, (store) => listQuotes(store, opts));
      if (opts.json) return printJson(quotes);
      if (quotes.length === 0) return void process.stdout.write('No quotes found.\n');
      for (const q of quotes) {
        const who = q.speaker ? q.speaker.name : 'unknown speaker';
        const text = q.text.length > 160 ? `${q.text.slice(0, 157)}…` : q.text;
        process.stdout.write(
          `${who}${q.role ? ` (${q.role})` : ''} ${q.cue ?? ''}: ${text}\n    ${q.docId}@${q.start}\n`,
        );
      }
    });
}
