// `dossier eval events`: event extraction scored on the team's annotated sentences.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { evalEvents } from '../../../eval/events-eval.js';
import { eventClasses } from '../../events/ontology.js';
import { printJson } from '../context.js';

/** The gold file ships in the repo; find it from the source tree or the built dist/ tree. */
function defaultGold(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return join(dir, 'eval', 'data', 'events-gold.txt');
}

export function addEvalEvents(parent: Command): void {
  parent
    .command('events')
    .description('Event extraction P/R/F1 (class, actor, target and modality) on annotated sentences')
    .option('--data <file>', 'gold sentences (default: eval/data/events-gold.txt in the repo)')
    .option('--json', 'print machine-readable JSON')
    .action((opts: { data?: string; json?: boolean }) => {
      const s = evalEvents(opts.data ?? defaultGold());
      if (opts.json) return printJson(s);
      const f = (x: number) => x.toFixed(3);
      console.log(`sentences  ${s.sentences}   gold events ${s.gold}   predicted ${s.predicted}`);
      console.log(
        `P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   (class, actor, target and modality all right)`,
      );
      console.log(
        `F1 ignoring modality ${f(s.structureF1)}; modality accuracy on those ${f(s.modalityAccuracy)}`,
      );
      for (const [code, c] of Object.entries(s.perClass).sort()) {
        console.log(`  ${code} ${eventClasses.get(code)?.name.padEnd(24)} ${c.found}/${c.gold}`);
      }
    });
}
