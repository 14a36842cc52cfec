// Full-text search over clean text, with snippets. Answers are cached per query and page under the store's
// change mark (a new document or any other write starts afresh), so paging back and forth or a query many
// users repeat costs one store search, and a changed store is never answered from the cache.

import { z } from 'zod';
import { SEARCH_CANDIDATES } from '../../store/search-text.js';
import type { SearchHit, Store } from '../../store/store.js';
import type { ApiContext } from '../api-context.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { searchHitSchema, searchQuery } from '../schemas.js';

const CACHED_ANSWERS = 500;

function cachedSearch(store: Store) {
  let mark = '';
  // A Map keeps insertion order: re-inserting on a hit makes the first key the least recently used.
  const answers = new Map<string, Promise<SearchHit[]>>();
  return async (q: string, limit: number, offset: number): Promise<SearchHit[]> => {
    const now = await store.changeMark();
    if (now !== mark) {
      answers.clear();
      mark = now;
    }
    const key = `${limit}:${offset}:${q}`;
    let hits = answers.get(key);
    if (hits) answers.delete(key);
    else {
      hits = store.search(q, { limit, offset });
      hits.catch(() => answers.delete(key));
    }
    answers.set(key, hits);
    if (answers.size > CACHED_ANSWERS) answers.delete(answers.keys().next().value!);
    return hits;
  };
}

export function searchRoutes({ store }: ApiContext): RouteSpec[] {
  const search = cachedSearch(store);
  return [
    defineRoute({
      method: 'get',
      path: '/api/search',
      tag: 'documents',
      summary: 'Full-text search over the documents’ clean text',
      description: `Ranks at most the ${SEARCH_CANDIDATES} most recently added matching documents; snippets mark the matched words as [word].`,
      query: searchQuery,
      response: z.object({
        query: z.string(),
        items: z.array(searchHitSchema),
        limit: z.number(),
        offset: z.number(),
      }),
      async handler(c, { query }) {
        const items = await search(query.q, query.limit, query.offset);
        return c.json({ query: query.q, items, limit: query.limit, offset: query.offset });
      },
    }),
  ];
}
