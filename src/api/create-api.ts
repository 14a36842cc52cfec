// The HTTP app: the JSON API over a Store, its OpenAPI document, the guards, and the web UI. It does not
// listen; `startServer` (or a test) does.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Store } from '../store/store.js';
import type { ApiContext } from './api-context.js';
import { errorResponse, handleError } from './api-error.js';
import { computeFigures } from './corpus-figures.js';
import { countKeyed } from './count-keyed.js';
import { readAllSummaries } from './doc-scan.js';
import type { IngestFn } from './ingest-port.js';
import { buildOpenApi } from './openapi.js';
import { honoPath, parseInput, type RouteSpec } from './route-spec.js';
import { docsRoutes } from './routes/docs.js';
import { entityRoutes } from './routes/entities.js';
import { framingRoutes } from './routes/framing.js';
import { graphRoutes } from './routes/graph.js';
import { healthRoutes } from './routes/health.js';
import { ingestRoutes } from './routes/ingest.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { mapRoutes } from './routes/map.js';
import { overviewRoutes } from './routes/overview.js';
import { searchRoutes } from './routes/search.js';
import { loopbackHostGuard, securityHeaders, writeOriginGuard, writeTokenGuard } from './security.js';
import { defaultWebRoot, mountWeb } from './static-web.js';

export interface ApiOptions {
  store: Store;
  /** When set, every write needs `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Wired by the composition root when the ingest pipeline exists; without it POST /api/ingest answers 501. */
  ingest?: IngestFn | null;
  /** The one origin allowed to call the API from a browser; no CORS at all when unset. */
  corsOrigin?: string | null;
  /** Answer only requests that name a loopback host (the server listens on loopback). */
  loopbackOnly?: boolean;
  /** Largest upload to POST /api/ingest, in bytes (default 64 MB). */
  maxUploadBytes?: number;
  /** Built web UI to serve; null serves none. */
  webRoot?: string | null;
  version?: string;
}

const JSON_BODY_LIMIT = 1024 * 1024;

export function createApi(options: ApiOptions): Hono {
  const version = options.version ?? '0.1.0';
  const store = options.store;
  // Corpus-wide values are cached under the store's change mark (count-keyed.ts), never served stale.
  const summaries = countKeyed(store, () => readAllSummaries(store));
  const ctx: ApiContext = {
    store,
    summaries,
    figures: countKeyed(store, async () => computeFigures(await summaries.get())),
    ingest: options.ingest ?? null,
    version,
  };
  const specs: RouteSpec[] = [
    ...healthRoutes(ctx),
    ...docsRoutes(ctx),
    ...searchRoutes(ctx),
    ...ingestRoutes(ctx),
    ...overviewRoutes(ctx),
    ...entityRoutes(ctx),
    ...knowledgeRoutes(ctx),
    ...framingRoutes(ctx),
    ...graphRoutes(ctx),
    ...mapRoutes(ctx),
  ];
  const openapi = buildOpenApi(specs, version);

  const app = new Hono();
  app.onError(handleError);
  app.use('*', securityHeaders);
  if (options.loopbackOnly) app.use('*', loopbackHostGuard());
  if (options.corsOrigin) {
    app.use('/api/*', cors({ origin: options.corsOrigin, allowHeaders: ['Authorization', 'Content-Type'] }));
  }
  app.use('/api/*', writeOriginGuard(options.corsOrigin ?? null));
  if (options.token) app.use('/api/*', writeTokenGuard(options.token));
  const tooLarge = (limit: number) => (c: Parameters<typeof errorResponse>[0]) =>
    errorResponse(c, 'TOO_LARGE', `The request body exceeds ${Math.round(limit / 1024)} KB.`);
  const uploadLimit = options.maxUploadBytes ?? 64 * 1024 * 1024;
  app.use('/api/ingest', bodyLimit({ maxSize: uploadLimit, onError: tooLarge(uploadLimit) }));
  app.use('/api/*', async (c, next) => {
    if (c.req.path === '/api/ingest' || c.req.method === 'GET') return next();
    return bodyLimit({ maxSize: JSON_BODY_LIMIT, onError: tooLarge(JSON_BODY_LIMIT) })(c, next);
  });
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/api/openapi.json', (c) => c.json(openapi));
  for (const spec of specs) {
    app.on(spec.method.toUpperCase(), honoPath(spec.path), (c) =>
      spec.handler(c, {
        query: spec.query ? parseInput(spec.query, c.req.query(), 'query parameter') : {},
        params: spec.params ? parseInput(spec.params, c.req.param(), 'path parameter') : {},
      }),
    );
  }
  app.all('/api/*', (c) =>
    errorResponse(c, 'NOT_FOUND', `No endpoint ${c.req.method} ${c.req.path}; see /api/openapi.json.`),
  );
  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  if (webRoot) mountWeb(app, webRoot);
  return app;
}
