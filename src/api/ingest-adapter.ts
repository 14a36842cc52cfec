// Connects POST /api/ingest to the ingest domain function. URLs go in as they are; an uploaded file goes in
// as the bytes of a `-` input (the domain function's way to take bytes without a path), one at a time, and
// its outcomes are reported under the uploaded file's name.
import { ingestAll } from '../ingest/ingest.js';
import type { Store } from '../store/store.js';
import type { IngestFn, IngestOutcome } from './ingest-port.js';

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

export function ingestVia(store: Store, options: { allowPrivate?: boolean } = {}): IngestFn {
  return async ({ files, urls }) => {
    const out: IngestOutcome[] = [];
    for (const file of files) {
      const outcomes = await ingestAll(['-'], { store, stdin: once(file.bytes), allowPrivate: false });
      for (const o of outcomes) {
        out.push({ ...o, input: file.source, reason: o.reason?.replace(/^-:\s*/, `${file.source}: `) });
      }
    }
    if (urls.length) out.push(...(await ingestAll(urls, { store, allowPrivate: !!options.allowPrivate })));
    return out.map(({ input, status, id, code, reason }) => ({
      input,
      status,
      ...(id ? { id } : {}),
      ...(code ? { code } : {}),
      ...(reason ? { reason } : {}),
    }));
  };
}
