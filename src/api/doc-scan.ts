// All document summaries, read from the store in chunks (for corpus figures and whole-corpus views, cached
// under the store's change mark in api-context.ts), and the document filter applied to a summary in memory
// (listings filter in the store instead: Store.listDocuments).
import type { DocSummary, Store } from '../store/store.js';
import type { DocsQuery } from './schemas.js';

const CHUNK = 1000;

export async function* allSummaries(store: Store): AsyncGenerator<DocSummary> {
  for (let offset = 0; ; offset += CHUNK) {
    const page = await store.listDocuments({ limit: CHUNK, offset });
    yield* page;
    if (page.length < CHUNK) return;
  }
}

export type DocFilter = Omit<DocsQuery, 'limit' | 'offset'>;

/** Dates compare at the precision of the bound: `to=2026-01` keeps everything published in January 2026. */
export function matchesFilter(d: DocSummary, f: DocFilter): boolean {
  if (f.outlet && d.outlet !== f.outlet) return false;
  if (f.genre && d.genre !== f.genre) return false;
  if (f.language && d.language !== f.language) return false;
  if (f.from || f.to) {
    if (!d.published) return false;
    if (f.from && d.published.slice(0, f.from.length) < f.from) return false;
    if (f.to && d.published.slice(0, f.to.length) > f.to) return false;
  }
  return true;
}

export async function readAllSummaries(store: Store): Promise<DocSummary[]> {
  const out: DocSummary[] = [];
  for await (const d of allSummaries(store)) out.push(d);
  return out;
}
