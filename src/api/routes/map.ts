// Countries by involvement: each entity that stands for a country (or a government, or a nationality) adds
// its mentions to that country. Codes come as ISO alpha-2 and ISO numeric, the id world-atlas shapes carry.
import { createRequire } from 'node:module';
import { z } from 'zod';
import { totalMentions } from '../../resolve/entity.js';
import { loadEntities } from '../../resolve/entity-listing.js';
import type { ApiContext } from '../api-context.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { stages } from '../stages.js';

const require = createRequire(import.meta.url);
let numericOf: Map<string, string> | null = null;

function numeric(cca2: string): string | null {
  if (!numericOf) {
    const records = require('world-countries') as { cca2: string; ccn3: string }[];
    numericOf = new Map(records.map((r) => [r.cca2, r.ccn3]));
  }
  return numericOf.get(cca2) ?? null;
}

export function mapRoutes({ store }: ApiContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/map',
      tag: 'entities',
      summary: 'Countries by involvement: mentions of the entities that stand for each country',
      response: z.object({
        stage: z.object({ name: z.string(), available: z.boolean(), note: z.string() }),
        countries: z.array(
          z.object({
            code: z.string(),
            numeric: z.string().nullable(),
            mentions: z.number(),
            entities: z.array(
              z.object({ id: z.string(), name: z.string(), type: z.string(), mentions: z.number() }),
            ),
          }),
        ),
      }),
      async handler(c) {
        const { entities } = await loadEntities(store);
        const byCode = new Map<
          string,
          {
            code: string;
            numeric: string | null;
            mentions: number;
            entities: { id: string; name: string; type: string; mentions: number }[];
          }
        >();
        for (const e of entities) {
          if (!e.country) continue;
          let row = byCode.get(e.country);
          if (!row) {
            row = { code: e.country, numeric: numeric(e.country), mentions: 0, entities: [] };
            byCode.set(e.country, row);
          }
          const n = totalMentions(e);
          row.mentions += n;
          row.entities.push({ id: e.id, name: e.name, type: e.type, mentions: n });
        }
        const countries = [...byCode.values()].sort((a, b) => b.mentions - a.mentions);
        for (const c of countries) c.entities.sort((a, b) => b.mentions - a.mentions);
        const available = countries.length > 0;
        const note = available
          ? 'Countries shaded by mentions of the entities that stand for them.'
          : entities.length === 0
            ? stages.entities.empty
            : 'No entity in the store stands for a country yet.';
        return c.json({ stage: { name: 'map', available, note }, countries });
      },
    }),
  ];
}
