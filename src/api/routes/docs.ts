// Documents: a filtered, paginated list of summaries (filtered and paged by the store, on its indexes) and one
// document with its text, layers and removed blocks.

import type { DocFilter } from '../../store/store.js';
import type { ApiContext } from '../api-context.js';
import { ApiError } from '../api-error.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { docDetailSchema, docSummarySchema, docsQuery, idParams, listOf } from '../schemas.js';

export function docsRoutes({ store }: ApiContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/docs',
      tag: 'documents',
      summary: 'List documents (metadata only), optionally filtered by outlet, genre, language and date',
      query: docsQuery,
      response: listOf(docSummarySchema),
      async handler(c, { query }) {
        const { limit, offset, ids, ...rest } = query;
        const filter: DocFilter = { ...rest, ids: ids?.split(',') };
        const [items, total] = await Promise.all([
          store.listDocuments({ ...filter, limit, offset }),
          store.countDocuments(filter),
        ]);
        return c.json({ items, total, limit, offset });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/docs/{id}',
      tag: 'documents',
      summary: 'One document: clean text, metadata, annotation layers and the blocks cleaning removed',
      description: 'A unique id prefix of at least 6 characters is accepted, as on the command line.',
      params: idParams,
      response: docDetailSchema,
      errors: [404],
      async handler(c, { params }) {
        let doc = await store.getDocument(params.id);
        if (!doc && params.id.length >= 6) {
          const ids = await store.findIds(params.id, 2);
          if (ids.length === 1) doc = await store.getDocument(ids[0]);
        }
        if (!doc)
          throw new ApiError('NOT_FOUND', `No document with id ${params.id}; list ids with GET /api/docs.`);
        return c.json(doc);
      },
    }),
  ];
}
