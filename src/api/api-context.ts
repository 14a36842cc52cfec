// What every route file receives: the store, the cached corpus figures, and the optional domain functions
// (ingest) that the composition root wires in when they exist.
import type { Store } from '../store/store.js';
import type { cachedFigures } from './corpus-figures.js';
import type { IngestFn } from './ingest-port.js';

export interface ApiContext {
  store: Store;
  figures: ReturnType<typeof cachedFigures>;
  ingest: IngestFn | null;
  version: string;
}
