// Documents and a running API server for the API and web tests: real SQLite store in a temp folder,
// real HTTP on a free port. The articles are invented here, so a fresh clone needs nothing else.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, type ServerOptions, startServer } from '../src/api/index.js';
import { type Doc, type DocMeta, emptyMeta } from '../src/doc/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';

export function makeDoc(text: string, meta: Partial<DocMeta> = {}, extra: Partial<Doc> = {}): Doc {
  const bytes = new TextEncoder().encode(text);
  return {
    text,
    meta: { ...emptyMeta(), ...meta },
    removed: [],
    layers: {},
    raw: {
      source: meta.url ?? `fixture:${(meta.title ?? text).slice(0, 20)}`,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fetchedAt: '2026-01-10T12:00:00.000Z',
      contentType: 'text/plain',
    },
    ...extra,
  };
}

const outlets = ['Harbor Post', 'Valley Ledger', 'Northern Wire'];
const genres = ['report', 'analysis', 'opinion'] as const;

/** `n` distinct small articles spread over outlets, genres and days of January 2026. */
export function sampleDocs(n: number): Doc[] {
  return Array.from({ length: n }, (_, i) =>
    makeDoc(
      `Article number ${i} reports that the harbour council met on day ${i} and voted on item ${i * 7}.`,
      {
        title: `Council meeting ${i}`,
        outlet: outlets[i % outlets.length],
        genre: genres[i % genres.length],
        published: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
        language: 'en',
        url: `https://example.org/news/${i}`,
      },
    ),
  );
}

export interface TestServer {
  store: Store;
  server: RunningServer;
  dir: string;
  stop(): Promise<void>;
}

type TestOptions = Omit<ServerOptions, 'store'>;

/** `options` may depend on the store (e.g. an ingest function bound to it). */
export async function startTestServer(
  docs: Doc[],
  options: TestOptions | ((store: Store) => TestOptions) = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-api-'));
  const store = await openSqliteStore(join(dir, 'test.db'));
  for (const d of docs) await store.addDocument(d);
  const opts = typeof options === 'function' ? options(store) : options;
  const server = await startServer({ webRoot: null, ...opts, store, port: 0 });
  return {
    store,
    server,
    dir,
    async stop() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
