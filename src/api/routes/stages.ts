// One list endpoint per stage served straight from corpus items (stories); the
// stages with listing functions of their own (entities, timeline, events, claims, quotes, reactions, framing) have their own routes.
// Each returns the stage's stored items, or an empty list with a note that says why it is empty.
import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { pageQuery, stageListSchema } from '../schemas.js';
import { type StageName, stages } from '../stages.js';

const stageQuery = z.object({
  ...pageQuery,
  doc: z.string().min(1).max(200).optional().describe('Only items with evidence in this document'),
});

export function stageRoutes({ store }: ApiContext): RouteSpec[] {
  const generic = (Object.keys(stages) as StageName[]).filter((n) => stages[n].kind !== null);
  const lists = generic.map((name) => {
    const info = stages[name] as { kind: string; title: string; empty: string };
    return defineRoute({
      method: 'get',
      path: `/api/${name}`,
      tag: 'dossier',
      summary: `${info.title}: the stored items of the "${info.kind}" stage`,
      query: stageQuery,
      response: stageListSchema,
      async handler(c, { query }) {
        const { limit, offset, doc } = query;
        const page = await store.listCorpusItems(info.kind, { limit: limit + 1, offset, docId: doc });
        const any = page.length > 0 || (await store.listCorpusItems(info.kind, { limit: 1 })).length > 0;
        return c.json({
          stage: {
            name,
            available: any,
            note: any ? `${info.title} from the stored documents.` : info.empty,
          },
          items: page.slice(0, limit),
          limit,
          offset,
          hasMore: page.length > limit,
        });
      },
    });
  });
  return lists;
}
