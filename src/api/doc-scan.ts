// Filters over document summaries. The Store lists documents page by page without filters, so filtered
// listings and corpus figures work on all summaries, read in chunks and cached (api-context.ts); a
// store-side filter would replace this.
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

export function hasFilter(f: DocFilter): boolean {
  return Boolean(f.outlet || f.genre || f.language || f.from || f.to || f.ids);
}

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

export function listFiltered(
  summaries: readonly DocSummary[],
  f: DocFilter,
  limit: number,
  offset: number,
): { items: DocSummary[]; total: number } {
  const items: DocSummary[] = [];
  let total = 0;
  let pool: readonly DocSummary[] = summaries;
  if (f.ids) {
    const byId = new Map(summaries.map((d) => [d.id, d]));
    pool = f.ids.split(',').flatMap((id) => byId.get(id) ?? []);
  }
  for (const d of pool) {
    if (!matchesFilter(d, f)) continue;
    if (total >= offset && items.length < limit) items.push(d);
    total++;
  }
  return { items, total };
}
