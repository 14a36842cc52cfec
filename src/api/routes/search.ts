// Full-text search over clean text, with snippets.

import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { searchHitSchema, searchQuery } from '../schemas.js';

export function searchRoutes({ store }: ApiContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/search',
      tag: 'documents',
      summary: 'Full-text search over the documents’ clean text',
      query: searchQuery,
      response: z.object({
        query: z.string(),
        items: z.array(searchHitSchema),
        limit: z.number(),
        offset: z.number(),
      }),
      async handler(c, { query }) {
        const items = await store.search(query.q, { limit: query.limit, offset: query.offset });
        return c.json({ query: query.q, items, limit: query.limit, offset: query.offset });
      },
    }),
  ];
}
