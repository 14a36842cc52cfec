// `dossier bench <what>`: one subcommand file each; add yours to the map below.
import type { Command } from 'commander';
import { addBenchApi } from './bench-api.js';
import { addIngest } from './bench-ingest.js';
import { addBenchNlp } from './bench-nlp.js';
import { addBenchResolve } from './bench-resolve.js';
import { addBenchWorkers } from './bench-workers.js';

type AddSubcommand = (parent: Command) => void;

const subcommands: Record<string, AddSubcommand> = {
  nlp: addBenchNlp,
  ingest: addIngest,
  api: addBenchApi,
  resolve: addBenchResolve,
  workers: addBenchWorkers,
};

export function registerBench(program: Command): void {
  const cmd = program
    .command('bench')
    .description('Measure throughput on generated or given input and print a table');
  for (const add of Object.values(subcommands)) add(cmd);
}
