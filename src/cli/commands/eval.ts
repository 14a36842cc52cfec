// `dossier eval <what>`: one subcommand file each; add yours to the map below.
import type { Command } from 'commander';
import { addEvalClusters } from './eval-clusters.js';
import { addEvalEvents } from './eval-events.js';
import { addEvalExtract, addEvalMetadata } from './eval-extract.js';
import { addEvalNer } from './eval-ner.js';
import { addEvalQuotes } from './eval-quotes.js';
import { addEvalTimex } from './eval-timex.js';

type AddSubcommand = (parent: Command) => void;

const subcommands: Record<string, AddSubcommand> = {
  clusters: addEvalClusters,
  ner: addEvalNer,
  quotes: addEvalQuotes,
  extract: addEvalExtract,
  metadata: addEvalMetadata,
  timex: addEvalTimex,
  events: addEvalEvents,
};

export function registerEval(program: Command): void {
  const cmd = program.command('eval').description('Score Dossier against a benchmark and print its figures');
  for (const add of Object.values(subcommands)) add(cmd);
}
