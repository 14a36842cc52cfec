// `dossier events`: who did what to whom, when and where, each with its evidence sentences.
import type { Command } from 'commander';
import { listEvents } from '../../events/event-listing.js';
import { printJson, withStore } from '../context.js';

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('List events (who did what to whom, when, where), merged across articles, with evidence')
    .option(
      '--type <type>',
      'only this class, by name (e.g. coerce, material-cooperation) or CAMEO root code',
    )
    .option('--actor <name|id>', 'only events with this actor (name substring or entity id)')
    .option('--entity <name|id>', 'only events with this actor or target')
    .option('--modality <m>', 'asserted, negated, hypothetical, requested or planned')
    .option('--json', 'print JSON: [{id, code, type, actor, target, modality, time, place, evidence}]')
    .action(
      async (
        opts: { type?: string; actor?: string; entity?: string; modality?: string; json?: boolean },
        command: Command,
      ) => {
        const events = await withStore(command, (store) => listEvents(store, opts));
        if (opts.json) return printJson(events);
        if (events.length === 0)
          return void process.stdout.write('No events yet. Ingest articles with `dossier ingest`.\n');
        for (const e of events) {
          const who = `${e.actor?.name ?? '?'} → ${e.target?.name ?? '?'}`;
          const mod = e.modality === 'asserted' ? '' : ` [${e.modality}]`;
          process.stdout.write(
            `${(e.time ?? 'undated').padEnd(10)}  ${e.type}${e.sub ? `/${e.sub}` : ''}${mod}: ${who}  (${e.evidence.length} sources)\n`,
          );
        }
      },
    );
}
