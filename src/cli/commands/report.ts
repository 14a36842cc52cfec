// `dossier report`: a readable briefing of what the store holds, as Markdown (default) or printable HTML,
// to stdout or a file.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { buildBriefing, renderHtml, renderMarkdown } from '../../report/index.js';
import { withStore } from '../context.js';

const renderers = { md: renderMarkdown, html: renderHtml } satisfies Record<string, typeof renderMarkdown>;

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      'Write a briefing of the dossier: summary, timeline, actors, quotes, claims, sources, references',
    )
    .option('--format <format>', 'md or html (html prints well to PDF)', 'md')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action(async (opts: { format: string; out?: string }, cmd: Command) => {
      if (!(opts.format in renderers)) {
        throw new DossierError('BAD_REQUEST', `--format ${opts.format} is not supported; use md or html.`);
      }
      const render = renderers[opts.format as keyof typeof renderers];
      const text = await withStore(cmd, async (store) => {
        if ((await store.countDocuments()) === 0) {
          throw new DossierError(
            'NO_CONTENT',
            'The store holds no documents; add some with `dossier ingest` first.',
          );
        }
        return render(await buildBriefing(store));
      });
      if (opts.out) {
        writeFileSync(opts.out, text);
        process.stderr.write(`dossier: wrote the briefing to ${opts.out}\n`);
      } else {
        process.stdout.write(text);
      }
    });
}
