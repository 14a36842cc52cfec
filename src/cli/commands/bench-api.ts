// `dossier bench api`: builds (or reuses) a store of generated articles, serves it with `dossier serve` in a
// child process (so the load generator does not share its event loop) and measures the list endpoints with
// autocannon (req/s, p50/p99 latency) and the overview page's load in Chromium.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadTest } from '../../api/bench/load-test.js';
import { overviewLoadMs } from '../../api/bench/page-load.js';
import { syntheticDocs } from '../../api/bench/synthetic-docs.js';
import { openStore } from '../../app.js';
import { DossierError } from '../../errors.js';

interface Options {
  docs: string;
  duration: string;
  connections: string;
  store?: string;
}

function positive(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0)
    throw new DossierError('BAD_REQUEST', `--${name} ${v}: give a positive whole number.`);
  return n;
}

export function addBenchApi(parent: Command): void {
  parent
    .command('api')
    .description(
      'Load-test the API list endpoints on a generated store (autocannon) and time the overview page',
    )
    .option('--docs <n>', 'articles in the generated store', '10000')
    .option('--duration <s>', 'seconds per endpoint', '10')
    .option('--connections <n>', 'concurrent connections', '10')
    .option('--store <path>', 'SQLite file to build or reuse (default: a new temporary one)')
    .action(async (opts: Options) => {
      const count = positive('docs', opts.docs);
      const duration = positive('duration', opts.duration);
      const connections = positive('connections', opts.connections);
      const path = opts.store ?? join(mkdtempSync(join(tmpdir(), 'dossier-bench-api-')), 'bench.db');
      const store = await openStore(path);
      const have = await store.countDocuments();
      if (have < count) {
        process.stderr.write(`generating ${count - have} articles into ${path}…\n`);
        for (const doc of syntheticDocs(count).slice(have)) await store.addDocument(doc);
      }
      const n = await store.countDocuments();
      const ids = (await store.listDocuments({ limit: 1000 })).map((d) => d.id);
      const sample = await store.getDocument(ids[0]);
      await store.close();
      const { child, url } = await serveInChild(path);
      const server = { url };
      try {
        const outlet = encodeURIComponent(sample?.outlet ?? '');
        const word = sample?.text.split(/\W+/).find((w) => w.length > 6) ?? 'article';
        const endpoints = [
          {
            name: 'GET /api/docs (page of 50)',
            path: (i: number) => `/api/docs?limit=50&offset=${(i * 50) % n}`,
          },
          { name: 'GET /api/docs?outlet=…', path: () => `/api/docs?outlet=${outlet}&limit=50` },
          { name: 'GET /api/docs?from=…&to=…', path: () => '/api/docs?from=2025-03&to=2025-04&limit=50' },
          { name: 'GET /api/docs/:id', path: (i: number) => `/api/docs/${ids[i % ids.length]}` },
          { name: 'GET /api/search?q=…', path: () => `/api/search?q=${word}&limit=20` },
          { name: 'GET /api/overview', path: () => '/api/overview' },
          { name: 'GET /api/entities', path: () => '/api/entities?limit=50' },
        ];
        for (const e of endpoints) await fetch(`${server.url}${e.path(0)}`).then((r) => r.arrayBuffer());
        process.stderr.write(`${n} documents; ${duration}s per endpoint, ${connections} connections\n`);
        const rows = await loadTest(server.url, endpoints, { connections, duration });
        process.stdout.write(
          `${'endpoint'.padEnd(30)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} errors\n`,
        );
        for (const r of rows) {
          process.stdout.write(
            `${r.endpoint.padEnd(30)} ${String(r.reqPerSec).padStart(8)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.max).padStart(7)} ${r.errors}\n`,
          );
        }
        const page = await overviewLoadMs(server.url);
        process.stdout.write(
          page
            ? `overview page, figures shown after (ms): ${page.join(', ')} (first includes the browser's cold start)\n`
            : 'overview page: not timed (needs /usr/bin/chromium and playwright-core)\n',
        );
      } finally {
        child.kill('SIGTERM');
      }
    });
}

/** Runs `dossier serve` on a free port against the store and waits for its address. */
function serveInChild(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [process.argv[1], '--db', db, 'serve', '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /serving (http:\/\/[^/\s]+)\//.exec(err);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) =>
      reject(new DossierError('STORE_ERROR', `dossier serve exited (${code}): ${err.trim()}`)),
    );
  });
}
