// Every CLI command, one file each; main.ts registers them in this order.
import type { Command } from 'commander';
import { registerBench } from './bench.js';
import { registerEntities } from './entities.js';
import { registerEval } from './eval.js';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';
import { registerTag } from './tag.js';
import { registerTrain } from './train.js';

export type RegisterCommand = (program: Command) => void;

export const commands = {
  ingest: registerIngest,
  entities: registerEntities,
  serve: registerServe,
  tag: registerTag,
  train: registerTrain,
  eval: registerEval,
  bench: registerBench,
} satisfies Record<string, RegisterCommand>;
