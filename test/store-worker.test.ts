// Queue workers on a real PostgreSQL cluster: two `dossier worker` processes share one queue, one is
// killed with SIGKILL mid-run; after the survivors finish, every article is stored exactly once and
// fully analysed, and the queue is drained. Skipped when PostgreSQL is not installed.
import { type ChildProcess, spawn } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/clean-article.js';
import { articleJob } from '../src/store/article-job.js';
import { contentHash, docIdFor } from '../src/store/content-hash.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import type { Store } from '../src/store/store.js';
import { havePostgres, type PgCluster, startPgCluster } from './pg-cluster.js';
import { dossierBin } from './shared.js';
import { syntheticArticles } from './store-fixtures.js';

function startWorker(url: string, name: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      dossierBin,
      '--db',
      url,
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
  while (!(await check())) await new Promise((r) => setTimeout(r, 20));
}

describe.skipIf(!havePostgres())('dossier worker on PostgreSQL', () => {
  let cluster: PgCluster;
  let store: Store;
  let url: string;
  beforeAll(async () => {
    cluster = (await startPgCluster())!;
    url = await cluster.createDatabase();
    store = await openPostgresStore(url);
  });
  afterAll(async () => {
    await store?.close();
    await cluster?.stop();
  });

  it('survives kill -9 of workers mid-run: every article stored once, fully analysed', async () => {
    const articles = syntheticArticles(300, 7);
    expect(await store.enqueue(articles.map(articleJob))).toBe(300);
    expect(await store.enqueue(articles.slice(0, 10).map(articleJob))).toBe(0);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const holding = async (name: string) =>
      Number(
        (await db.query("SELECT count(*) AS n FROM jobs WHERE worker = $1 AND status = 'running'", [name]))
          .rows[0].n,
      ) > 0;
    try {
      const steady = startWorker(url, 'steady');
      let out = '';
      steady.stdout!.on('data', (d) => {
        out += d;
      });
      // Workers killed while holding a job, one after another, while 'steady' keeps going.
      for (let k = 0; k < 4; k++) {
        const victim = startWorker(url, `victim${k}`);
        await until(() => holding(`victim${k}`));
        victim.kill('SIGKILL');
        await exited(victim);
      }
      expect(await exited(steady)).toBe(0);
      const outcomes = JSON.parse(out) as { status: string }[];
      expect(outcomes.every((o) => o.status === 'added')).toBe(true);
      const retried = await db.query(
        "SELECT count(*) AS n FROM jobs WHERE attempts > 1 AND worker = 'steady'",
      );
      expect(Number(retried.rows[0].n)).toBeGreaterThan(0);
    } finally {
      await db.end();
    }

    expect(await store.queueStats()).toEqual({ queued: 0, running: 0, done: 300, failed: 0 });
    expect(await store.countDocuments()).toBe(300);
    for (const art of articles) {
      const id = docIdFor(contentHash(cleanArticle(art).text));
      const doc = await store.getDocument(id);
      expect(doc, `article ${art.raw.source}`).not.toBeNull();
      expect(doc!.layers.segments?.length).toBeGreaterThan(0);
      expect(doc!.source).toBe(art.raw.source);
      expect(await store.getRaw(id)).toEqual(art.raw.bytes);
    }
  });
});
