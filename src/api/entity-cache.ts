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
    /** A page's body, serialized once per listing: `render` gets every row, the rows of the type asked for
     * (listEntities' type filter) and those the document filter also keeps, in listing order. */
    async page(
      q: EntityQuery & { limit: number; offset: number },
      render: (rows: { typed: readonly EntityRow[]; shown: readonly EntityRow[] }) => unknown,
    ): Promise<string> {
      const l = await rows();
      const byType = (type: string) => l.index('type', (e) => [e.type]).get(type.toUpperCase()) ?? [];
      const view = (f: EntityQuery) =>
        !f.type && !f.doc
          ? l.all
          : l.view(JSON.stringify({ type: f.type, doc: f.doc }), () =>
              l.at(
                f.type ? byType(f.type) : null,
                f.doc ? (l.index('doc', (e) => e.docs).get(f.doc) ?? []) : null,
              ),
            );
      return l.body(JSON.stringify(q), () => render({ typed: view({ type: q.type }), shown: view(q) }));
    },
  };
}
