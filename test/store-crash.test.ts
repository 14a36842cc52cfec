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
  const articles = syntheticArticles(200, 3);
  articles.forEach((a, i) => {
    writeFileSync(join(folder, `a${String(i).padStart(4, '0')}.txt`), a.text!);
  });
  const db = join(dir, 'crash.db');
  await (await openSqliteStore(db)).close();
  const side = new Database(db, { readonly: true });
  const count = () => (side.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  try {
    for (let k = 0; k < 5; k++) {
      const before = count();
      const p = ingest(db, folder);
      // Kill once this run has written a few more documents (or at once if it already finished).
      while (p.exitCode === null && count() < before + 5 + k * 7) await new Promise((r) => setTimeout(r, 5));
      p.kill('SIGKILL');
      await exited(p);
    }
    expect(count()).toBeLessThan(200);
    expect(await exited(ingest(db, folder))).toBe(0);
  } finally {
    side.close();
  }

  const store = await openSqliteStore(db);
  try {
    expect(await store.countDocuments()).toBe(200);
    const docs = await store.listDocuments();
    expect(new Set(docs.map((d) => d.source)).size).toBe(200);
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
    expect(fts.n).toBe(200);
  } finally {
    check.close();
  }
});
