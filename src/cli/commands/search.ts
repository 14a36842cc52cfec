// `dossier search <query>`: full-text hits with snippets. The query is plain words; quotes, stars and
// other search-syntax characters are taken literally, never as syntax.
import type { Command } from 'commander';
import { printJson, withStore } from '../context.js';
import { pageOptions } from './docs.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Full-text search over titles and clean text (all words must occur)')
    .argument('<query...>', 'words to look for')
    .option('--json', 'print JSON: [{id, title, snippet, score}]')
    .option('--limit <n>', 'at most n hits', '20')
    .option('--offset <n>', 'skip the first n hits', '0')
    .action(
      async (words: string[], opts: { json?: boolean; limit: string; offset: string }, cmd: Command) => {
        const query = words.join(' ');
        const hits = await withStore(cmd, (store) => store.search(query, pageOptions(opts)));
        if (opts.json) return printJson(hits);
        if (hits.length === 0) return void process.stdout.write(`No documents match "${query}".\n`);
        const tty = process.stdout.isTTY;
        for (const h of hits) {
          const snippet = tty ? h.snippet.replace(/\[([^\]]*)\]/g, '\x1b[1;33m$1\x1b[0m') : h.snippet;
          process.stdout.write(`${h.id}  ${h.title ?? '(untitled)'}\n    ${snippet}\n`);
        }
      },
    );
}
