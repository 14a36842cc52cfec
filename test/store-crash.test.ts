// Crash safety of the SQLite store under the real CLI: `dossier ingest` is killed with SIGKILL at
// several points while writing a folder of articles, then run to the end. Every article must be
// present exactly once with its raw input, layers and full-text entry, and the database intact.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { dossierBin } from './shared.js';
import { syntheticArticles } from './store-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** CI runs a short version; DOSSIER_CRASH_DOCS=1000 DOSSIER_CRASH_KILLS=20 runs the full one. */
const DOCS = Number(process.env.DOSSIER_CRASH_DOCS ?? 200);
const KILLS = Number(process.env.DOSSIER_CRASH_KILLS ?? 5);

function ingest(db: string, folder: string): ChildProcess {
  return spawn(process.execPath, [dossierBin, '--db', db, 'ingest', folder, '--json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function exited(p: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) resolve(p.exitCode);
    else p.once('exit', (code) => resolve(code));
  });
}

it('leaves every document whole after kill -9 of ingest at several points', async () => {
  const folder = join(dir, 'articles');
  mkdirSync(folder);
  const articles = syntheticArticles(DOCS, 3);
  articles.forEach((a, i) => {
    writeFileSync(join(folder, `a${String(i).padStart(4, '0')}.txt`), a.text!);
  });
  const db = join(dir, 'crash.db');
  await (await openSqliteStore(db)).close();
  const side = new Database(db, { readonly: true });
  const count = () => (side.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  try {
    for (let k = 0; k < KILLS; k++) {
      const before = count();
      const p = ingest(db, folder);
      // Kill once this run has written a few more documents (or at once if it already finished).
      while (
        p.exitCode === null &&
        count() < before + 1 + ((k * 7919) % Math.max(2, Math.floor(DOCS / KILLS / 2)))
      )
        await new Promise((r) => setTimeout(r, 5));
      p.kill('SIGKILL');
      await exited(p);
    }
    expect(count()).toBeLessThan(DOCS);
    expect(await exited(ingest(db, folder))).toBe(0);
  } finally {
    side.close();
  }

  const store = await openSqliteStore(db);
  try {
    expect(await store.countDocuments()).toBe(DOCS);
    const docs = await store.listDocuments();
    expect(new Set(docs.map((d) => d.source)).size).toBe(DOCS);
    for (const d of docs) {
      const full = (await store.getDocument(d.id))!;
      expect(Object.keys(full.layers).length).toBeGreaterThan(0);
      expect((await store.getRaw(d.id))!.length).toBeGreaterThan(0);
    }
    const n = articles.length - 1;
    expect((await store.search(`item ${n} series 3`)).length).toBeGreaterThanOrEqual(1);
  } finally {
    await store.close();
  }
  const check = new Database(db);
  try {
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.prepare("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')").run();
    const fts = check.prepare('SELECT count(*) AS n FROM documents_fts').get() as { n: number };
    expect(fts.n).toBe(DOCS);
  } finally {
    check.close();
  }
});
