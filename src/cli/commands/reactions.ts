// `dossier reactions`: actors × stance toward the story's central event, with the sentences behind each.
import type { Command } from 'commander';
import { reactionMatrix } from '../../framing/index.js';
import { printJson, withStore } from '../context.js';

export function registerReactions(program: Command): void {
  program
    .command('reactions')
    .description(
      'Reaction matrix: each actor’s stance toward the central event (condemn, support, silent, no statement found)',
    )
    .option(
      '--json',
      'print JSON: {event, rows: [{actor, reaction, counts, evidence: [{docId, start, end, text, stance, cue}]}]}',
    )
    .action(async (opts: { json?: boolean }, command: Command) => {
      const matrix = await withStore(command, (store) => reactionMatrix(store));
      if (opts.json) return printJson(matrix);
      if (matrix.event) process.stdout.write(`Central event (${matrix.event.time}): ${matrix.event.label}\n`);
      for (const r of matrix.rows) {
        process.stdout.write(`${r.actor.name.padEnd(28)} ${r.reaction}\n`);
        for (const e of r.evidence)
          process.stdout.write(`    [${e.stance}] ${e.text}  (${e.docId}@${e.start})\n`);
      }
    });
}
