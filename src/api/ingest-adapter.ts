// Connects POST /api/ingest to the ingest domain functions: uploaded files go through ingestBlobs (sniffed by
// name and content, like files on disk), URLs through ingestInputs, under the same safety rules as the CLI.
import { type IngestOutcome as DomainOutcome, ingestAll, ingestBlobs } from '../ingest/ingest.js';
import type { Store } from '../store/store.js';
import type { IngestFn, IngestOutcome } from './ingest-port.js';

function toApi({ input, status, id, code, reason }: DomainOutcome): IngestOutcome {
  return { input, status, ...(id ? { id } : {}), ...(code ? { code } : {}), ...(reason ? { reason } : {}) };
}

export function ingestVia(store: Store, options: { allowPrivate?: boolean } = {}): IngestFn {
  return async ({ files, urls }) => {
    const out: IngestOutcome[] = [];
    if (files.length) for await (const o of ingestBlobs(files, { store })) out.push(toApi(o));
    if (urls.length)
      for (const o of await ingestAll(urls, { store, allowPrivate: !!options.allowPrivate }))
        out.push(toApi(o));
    return out;
  };
}
