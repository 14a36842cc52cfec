// Liveness and what this server holds: a monitor or the web UI checks it first.
import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';

export function healthRoutes({ store, version, ingest }: ApiContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      tag: 'server',
      summary: 'Server status, version, document count and store capabilities',
      response: z.object({
        status: z.literal('ok'),
        version: z.string(),
        documents: z.number(),
        capabilities: z.record(z.string(), z.boolean()),
        ingest: z.boolean().describe('Whether POST /api/ingest is wired to the ingest pipeline'),
      }),
      async handler(c) {
        const documents = await store.countDocuments();
        return c.json({
          status: 'ok' as const,
          version,
          documents,
          capabilities: { ...store.capabilities },
          ingest: ingest !== null,
        });
      },
    }),
  ];
}
