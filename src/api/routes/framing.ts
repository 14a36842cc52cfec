// How outlets frame the story and how actors reacted, through the framing stage's own functions: the
// sources report (tone, hedging, speculation, opinion, voices, exclusive claims per outlet and article) and
// the reaction matrix (actors × stance toward the central event, with evidence). Both read every document,
// so they are cached until documents are added (or a few seconds pass).
import { z } from 'zod';
import { reactionMatrix } from '../../framing/reaction-matrix.js';
import { listSources } from '../../framing/source-listing.js';
import type { ApiContext } from '../api-context.js';
import { countKeyed } from '../count-keyed.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { stages } from '../stages.js';

const status = z.object({ name: z.string(), available: z.boolean(), note: z.string() });

export function framingRoutes({ store }: ApiContext): RouteSpec[] {
  const sources = countKeyed(store, () => listSources(store));
  const reactions = countKeyed(store, () => reactionMatrix(store));
  return [
    defineRoute({
      method: 'get',
      path: '/api/framing',
      tag: 'dossier',
      summary:
        'Framing per outlet and per article: genre, tone, hedging, speculation, opinion, voices, exclusives',
      response: z.object({ stage: status, outlets: z.array(z.unknown()), articles: z.array(z.unknown()) }),
      async handler(c) {
        const report = await sources.get();
        const available = report.outlets.length > 0;
        return c.json({
          stage: {
            name: 'framing',
            available,
            note: available ? 'Framing from the stored documents.' : stages.framing.empty,
          },
          outlets: report.outlets,
          articles: report.articles,
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/reactions',
      tag: 'dossier',
      summary: 'Reaction matrix: the main actors × their stance toward the central event, with evidence',
      response: z.object({
        stage: status,
        event: z.object({ label: z.string(), time: z.string(), docs: z.number() }).nullable(),
        items: z.array(z.object({ id: z.string(), data: z.unknown() })),
      }),
      async handler(c) {
        const m = await reactions.get();
        const available = m.rows.some((r) => r.evidence.length > 0);
        return c.json({
          stage: {
            name: 'reactions',
            available,
            note: available ? 'Stances found in the stored documents.' : stages.reactions.empty,
          },
          event: m.event,
          items: m.rows.map((r) => ({ id: r.actor.id, data: r })),
        });
      },
    }),
  ];
}
