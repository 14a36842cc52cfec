// Every CLI command, one file each; main.ts registers them in this order.
import type { Command } from 'commander';
import { registerBench } from './bench.js';
import { registerClaims } from './claims.js';
import { registerDiff } from './diff.js';
import { registerDocs } from './docs.js';
import { registerEntities } from './entities.js';
import { registerEval } from './eval.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerGraph } from './graph.js';
import { registerIngest } from './ingest.js';
import { registerQuotes } from './quotes.js';
import { registerReactions } from './reactions.js';
import { registerReport } from './report.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerShow } from './show.js';
import { registerSources } from './sources.js';
import { registerStories } from './stories.js';
import { registerTag } from './tag.js';
import { registerTimeline } from './timeline.js';
import { registerTrain } from './train.js';
import { registerWorker } from './worker.js';

export type RegisterCommand = (program: Command) => void;

export const commands = {
  ingest: registerIngest,
  docs: registerDocs,
  show: registerShow,
  search: registerSearch,
  worker: registerWorker,
  entities: registerEntities,
  events: registerEvents,
  quotes: registerQuotes,
  timeline: registerTimeline,
  claims: registerClaims,
  sources: registerSources,
  stories: registerStories,
  reactions: registerReactions,
  diff: registerDiff,
  graph: registerGraph,
  export: registerExport,
  serve: registerServe,
  report: registerReport,
  tag: registerTag,
  train: registerTrain,
  eval: registerEval,
  bench: registerBench,
} satisfies Record<string, RegisterCommand>;
