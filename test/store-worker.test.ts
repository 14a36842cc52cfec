// Queue workers on real databases: a steady `dossier worker` process shares the queue with workers
// that are killed with SIGKILL while holding a job; after the steady one finishes, every article is
// stored exactly once and fully analysed, the killed workers' jobs were retried, and the queue is
// drained. Runs on a SQLite file and on PostgreSQL (skipped when PostgreSQL is not installed).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/clean-article.js';
import { articleJob } from '../src/store/article-job.js';
import { contentHash, docIdFor } from '../src/store/content-hash.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { havePostgres, type PgCluster, startPgCluster } from './pg-cluster.js';
import { dossierBin } from './shared.js';
import { syntheticArticles } from './store-fixtures.js';

/** A database under test, with a side door to the jobs table to see who holds what. */
interface Target {
  db: string;
  store: Store;
  count(sql: string, worker: string): Promise<number>;
  close(): Promise<void>;
}

async function sqliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-worker-'));
  const db = join(dir, 'queue.db');
  const store = await openSqliteStore(db);
  const side = new Database(db, { readonly: true });
  return {
    db,
    store,
    count: async (sql, worker) => (side.prepare(sql.replace('$1', '?')).get(worker) as { n: number }).n,
    close: async () => {
      side.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let cluster: PgCluster | null = null;
afterAll(async () => {
  await cluster?.stop();
});

async function postgresTarget(): Promise<Target> {
  cluster ??= await startPgCluster();
  const db = await cluster!.createDatabase();
  const store = await openPostgresStore(db);
  const side = new pg.Client({ connectionString: db });
  await side.connect();
  return {
    db,
    store,
    count: async (sql, worker) => Number((await side.query(sql, [worker])).rows[0].n),
    close: async () => {
      await side.end();
      await store.close();
    },
  };
}

/** CI runs a short version; DOSSIER_CRASH_DOCS=1000 DOSSIER_CRASH_KILLS=20 runs the full one. */
const DOCS = Number(process.env.DOSSIER_CRASH_DOCS ?? 240);
const KILLS = Number(process.env.DOSSIER_CRASH_KILLS ?? 4);

function startWorker(db: string, name: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      dossierBin,
      '--db',
      db,
      'worker',
      '--id',
      name,
      '--lease',
      '2',
      '--poll',
      '100',
      '--exit-when-empty',
      '--json',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function exited(p: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) resolve(p.exitCode);
    else p.once('exit', (code) => resolve(code));
  });
}

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 10));
}

const backends = [
  { name: 'SQLite', open: sqliteTarget, skip: false },
  { name: 'PostgreSQL', open: postgresTarget, skip: !havePostgres() },
];

describe.each(backends)('dossier worker on $name', ({ open, skip }) => {
  it.skipIf(skip)(
    'survives kill -9 of workers mid-job: every article stored once, fully analysed',
    async () => {
      const t = await open();
      try {
        const articles = syntheticArticles(DOCS, 7);
        expect(await t.store.enqueue(articles.map(articleJob))).toBe(DOCS);
        expect(await t.store.enqueue(articles.slice(0, 10).map(articleJob))).toBe(0);
        const steady = startWorker(t.db, 'steady');
        let out = '';
        let err = '';
        steady.stdout!.on('data', (d) => {
          out += d;
        });
        steady.stderr!.on('data', (d) => {
          err += d;
        });
        for (let k = 0; k < KILLS; k++) {
          const name = `victim${k}`;
          const victim = startWorker(t.db, name);
          await until(
            async () =>
              victim.exitCode !== null ||
              (await t.count(
                "SELECT count(*) AS n FROM jobs WHERE worker = $1 AND status = 'running'",
                name,
              )) > 0,
          );
          victim.kill('SIGKILL');
          await exited(victim);
        }
        expect(await exited(steady), err).toBe(0);
        const outcomes = JSON.parse(out) as { status: string }[];
        expect(outcomes.length).toBeGreaterThan(0);
        expect(outcomes.every((o) => o.status === 'added')).toBe(true);
        expect(
          await t.count('SELECT count(*) AS n FROM jobs WHERE attempts > 1 AND worker = $1', 'steady'),
        ).toBeGreaterThan(0);

        expect(await t.store.queueStats()).toEqual({ queued: 0, running: 0, done: DOCS, failed: 0 });
        expect(await t.store.countDocuments()).toBe(DOCS);
        for (const art of articles) {
          const id = docIdFor(contentHash(cleanArticle(art).text));
          const doc = await t.store.getDocument(id);
          expect(doc, `article ${art.raw.source}`).not.toBeNull();
          expect(doc!.layers.segments?.length).toBeGreaterThan(0);
          expect(doc!.source).toBe(art.raw.source);
          expect(await t.store.getRaw(id)).toEqual(art.raw.bytes);
        }
      } finally {
        await t.close();
      }
    },
  );
});
