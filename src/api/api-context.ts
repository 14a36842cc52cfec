// What every route file receives: the store, cached corpus-wide values, and the optional domain functions
// (ingest) that the composition root wires in when they exist.
import type { DocSummary, Store } from '../store/store.js';
import type { CorpusFigures } from './corpus-figures.js';
import type { CountKeyed } from './count-keyed.js';
import type { IngestFn } from './ingest-port.js';

export interface ApiContext {
  store: Store;
  /** Every document summary, for filtered listings (cached, see count-keyed.ts). */
  summaries: CountKeyed<DocSummary[]>;
  figures: CountKeyed<CorpusFigures>;
  ingest: IngestFn | null;
  version: string;
}
