// `dossier train <what>`: one subcommand file each; add yours to the map below.
import type { Command } from 'commander';
import { addTrainNer } from './train-ner.js';
import { addTrainQuotes } from './train-quotes.js';

type AddSubcommand = (parent: Command) => void;

const subcommands: Record<string, AddSubcommand> = {
  ner: addTrainNer,
  quotes: addTrainQuotes,
};

export function registerTrain(program: Command): void {
  const cmd = program.command('train').description('Retrain a model from data');
  for (const add of Object.values(subcommands)) add(cmd);
}
