// `dossier train <what>`: one subcommand file each; add yours to the map below.
import type { Command } from 'commander';
import { addTrainNer } from './train-ner.js';

type AddSubcommand = (parent: Command) => void;

const subcommands: Record<string, AddSubcommand> = {
  ner: addTrainNer,
};

export function registerTrain(program: Command): void {
  const cmd = program.command('train').description('Retrain a model from data');
  for (const add of Object.values(subcommands)) add(cmd);
}
