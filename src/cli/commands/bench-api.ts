// `dossier bench api`: builds (or reuses) a store of generated articles with the corpus items their analysis
// would write, serves it with `dossier serve` in a child process (so the load generator does not share its
// event loop), times the overview page in Chromium on the cold server, then loads every list endpoint with
// autocannon and prints one row per endpoint (req/s, p50/p99 latency, pass/fail against the target).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { benchEndpoints } from '../../api/bench/bench-endpoints.js';
import { fillBenchStore } from '../../api/bench/bench-store.js';
import { type Endpoint, loadTest, TARGET, tableHeader, tableRow } from '../../api/bench/load-test.js';
import { overviewLoadMs } from '../../api/bench/page-load.js';
import { openStore } from '../../app.js';
import { DossierError } from '../../errors.js';

interface Options {
  docs: string;
  duration: string;
  connections: string;
  store?: string;
  only?: string;
  browser: boolean;
}

function positive(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0)
    throw new DossierError('BAD_REQUEST', `--${name} ${v}: give a positive whole number.`);
  return n;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

export function addBenchApi(parent: Command): void {
  parent
    .command('api')
    .description(
      'Load-test every API list endpoint on a generated store (autocannon) and time the overview page in Chromium',
    )
    .option('--docs <n>', 'articles in the generated store', '10000')
    .option('--duration <s>', 'seconds per endpoint', '10')
    .option('--connections <n>', 'concurrent connections', '10')
    .option('--store <path>', 'SQLite file to build or reuse (default: a new temporary one)')
    .option('--only <texts>', 'only the endpoints whose name contains one of these (comma-separated)')
    .option('--no-browser', 'skip timing the overview page in Chromium')
    .action(async (opts: Options) => {
      const count = positive('docs', opts.docs);
      const duration = positive('duration', opts.duration);
      const connections = positive('connections', opts.connections);
      const path = opts.store ?? join(mkdtempSync(join(tmpdir(), 'dossier-bench-api-')), 'bench.db');
      const store = await openStore(path);
      let endpoints: Endpoint[];
      try {
        const how = await fillBenchStore(store, count, say);
        say(`${how === 'built' ? 'built' : 'reusing'} ${path}`);
        const only = opts.only?.split(',');
        endpoints = (await benchEndpoints(store, count)).filter(
          (e) => !only || only.some((o) => e.name.includes(o)),
        );
      } finally {
        await store.close();
      }
      const { child, url } = await serveInChild(path);
      try {
        if (opts.browser) {
          const page = await overviewLoadMs(url);
          process.stdout.write(
            page
              ? `overview page, key figures rendered after (ms): ${page.join(', ')} (first on the cold server and browser)\n`
              : 'overview page: not timed (needs /usr/bin/chromium and playwright-core)\n',
          );
        }
        say(`${count} articles; ${duration} s per endpoint, ${connections} connections`);
        process.stdout.write(
          `target: p99 < ${TARGET.p99Ms} ms at >= ${TARGET.reqPerSec} req/s, no errors\n${tableHeader()}\n`,
        );
        const rows = await loadTest(url, endpoints, { connections, duration, serverPid: child.pid }, (r) =>
          process.stdout.write(`${tableRow(r)}\n`),
        );
        process.stdout.write(
          `${rows.filter((r) => r.pass).length} of ${rows.length} endpoints meet the target\n`,
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
