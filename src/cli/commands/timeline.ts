// `dossier timeline`: what happened when, across all stored articles, each item with its evidence.
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { filterTimeline, loadTimeline } from '../../time/index.js';
import { printJson, withStore } from '../context.js';

interface TimelineOptions {
  json?: boolean;
  from?: string;
  to?: string;
  entity?: string;
}

const isDate = (s: string | undefined) => !s || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s);

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('One timeline across articles: each happening with its time, actors and evidence')
    .option('--from <date>', 'only items ending after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'only items starting on or before this date')
    .option('--entity <name>', 'only items whose actors include this name')
    .option(
      '--json',
      'print JSON: [{value, start, end, granularity, mod?, label, actors, docs, evidence, reports, merged}]',
    )
    .action(async (opts: TimelineOptions, command: Command) => {
      if (!isDate(opts.from) || !isDate(opts.to)) {
        throw new DossierError('BAD_REQUEST', 'give --from and --to as YYYY, YYYY-MM or YYYY-MM-DD');
      }
      const items = filterTimeline(await withStore(command, loadTimeline), opts);
      if (opts.json) return printJson(items.map(({ mentions: _m, ...item }) => item));
      if (items.length === 0) {
        return void process.stdout.write('No timeline items. Ingest articles with `dossier ingest`.\n');
      }
      for (const i of items) {
        const mod = i.mod ? ` (${i.mod.toLowerCase()})` : '';
        process.stdout.write(
          `${i.value}${mod}  [${i.docs.length} article${i.docs.length > 1 ? 's' : ''}]  ${i.label}\n`,
        );
        if (i.actors.length) process.stdout.write(`    actors: ${i.actors.slice(0, 8).join(', ')}\n`);
        const reported = i.reports.map(
          (r) => `${r.docId.slice(0, 12)} ${r.time ?? 'undated'}${r.estimate ? ' (estimated)' : ''}`,
        );
        process.stdout.write(`    reported: ${reported.join('; ')}\n`);
        for (const e of i.evidence.slice(0, 5)) {
          process.stdout.write(
            `    ${e.docId.slice(0, 12)} @${e.start}: ${e.text.slice(0, 100).replace(/\s+/g, ' ')}\n`,
          );
        }
      }
    });
}
