// Serves the built web UI (web/dist) beside the API. When it has not been built, `/` says how to build it
// instead of a bare 404.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** web/dist of this package, whether running from src/ (tsx) or dist/src/ (built). */
export function defaultWebRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'web')))
      return join(dir, 'web', 'dist');
    dir = resolve(dir, '..');
  }
  return resolve('web', 'dist');
}

export function mountWeb(app: Hono, webRoot: string): void {
  const index = join(webRoot, 'index.html');
  app.use('/assets/*', serveStatic({ root: webRoot }));
  app.get('/favicon.svg', serveStatic({ root: webRoot }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    if (!existsSync(index)) {
      return c.text(
        'The web UI is not built. Run `npm run build` in the dossier folder, then restart `dossier serve`.',
        503,
      );
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(index, 'utf8'));
  });
}
