// `dossier tag <what>`: one subcommand file each; add yours to the map below.
import type { Command } from 'commander';
import { addTagCluster } from './tag-cluster.js';
import { addTagExtract } from './tag-extract.js';
import { addTagNer } from './tag-ner.js';
import { addTagQuotes } from './tag-quotes.js';
import { addTagTimex } from './tag-timex.js';

type AddSubcommand = (parent: Command) => void;

const subcommands: Record<string, AddSubcommand> = {
  ner: addTagNer,
  quotes: addTagQuotes,
  extract: addTagExtract,
  timex: addTagTimex,
  cluster: addTagCluster,
};

export function registerTag(program: Command): void {
  const cmd = program
    .command('tag')
    .description('Run one stage on its own, standard formats in and out (for pipes and benchmarks)');
  for (const add of Object.values(subcommands)) add(cmd);
}
