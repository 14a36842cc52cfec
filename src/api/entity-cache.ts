// Entities as the API reads them, built once per store change (listing-cache.ts) instead of per request:
// the resolver's listing (most mentioned first) with maps by type and by document for its filters, and the
// corrected entities themselves for the detail, mentions-over-time and correction routes.
import { type EntityRow, listEntities, loadEntities } from '../resolve/entity-listing.js';
import type { Store } from '../store/store.js';
import { countKeyed } from './count-keyed.js';
import { listingCache } from './listing-cache.js';

export interface EntityQuery {
  type?: string;
  doc?: string;
}

export function entityCache(store: Store) {
  const rows = listingCache<EntityRow>(store, () => listEntities(store));
  const loaded = countKeyed(store, () => loadEntities(store));
  return {
    /** Corrected entities (read only: shared by every request until the store changes). */
    entities: async () => (await loaded.get()).entities,
    /** All rows, and those listEntities' type filter and the route's document filter keep, in listing order. */
    async rows(q: EntityQuery): Promise<{ all: readonly EntityRow[]; shown: readonly EntityRow[] }> {
      const l = await rows();
      if (!q.type && !q.doc) return { all: l.all, shown: l.all };
      const shown = l.view(JSON.stringify({ type: q.type, doc: q.doc }), () =>
        l.at(
          q.type ? (l.index('type', (e) => [e.type]).get(q.type.toUpperCase()) ?? []) : null,
          q.doc ? (l.index('doc', (e) => e.docs).get(q.doc) ?? []) : null,
        ),
      );
      return { all: l.all, shown };
    },
  };
}
