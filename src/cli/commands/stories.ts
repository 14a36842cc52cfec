// `dossier stories`: the stories the corpus clusters into, each with its articles, where each
// article's text comes from (original, reprint, wire copy) and how many independent origins it has.
import type { Command } from 'commander';
import { listStories } from '../../stories/index.js';
import { printJson, withStore } from '../context.js';

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('List stories (articles clustered by topic, names and time) with their independent origins')
    .option(
      '--json',
      'print JSON: [{id, title, first, last, origins, docs: [{id, title, outlet, published, origin}]}]',
    )
    .action(async (opts: { json?: boolean }, command: Command) => {
      const rows = await withStore(command, (store) => listStories(store));
      if (opts.json) return printJson(rows);
      if (rows.length === 0)
        return void process.stdout.write('No stories yet. Ingest articles with `dossier ingest`.\n');
      for (const s of rows) {
        const when = s.first ? `  ${s.first}${s.last && s.last !== s.first ? ` – ${s.last}` : ''}` : '';
        process.stdout.write(
          `${s.title ?? s.id}  (${s.docs.length} articles, ${s.origins} origins)${when}\n`,
        );
        for (const d of s.docs) {
          const origin =
            d.origin && d.origin.kind !== 'original' ? `  [${d.origin.kind}: ${d.origin.reason}]` : '';
          process.stdout.write(`    ${d.id.slice(0, 12)}  ${d.outlet ?? '-'}  ${d.title ?? ''}${origin}\n`);
        }
      }
    });
}
