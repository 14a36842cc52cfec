// The store contract on SQLite: a file in a temporary directory (with a second connection for the
// concurrency cases) and an in-memory database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { runStoreContract } from '../src/store/contract.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paths = new WeakMap<Store, string>();
let n = 0;

runStoreContract(
  'SQLite file',
  async () => {
    const path = join(dir, `store-${++n}.db`);
    const s = await openSqliteStore(path);
    paths.set(s, path);
    return s;
  },
  async (store) => openSqliteStore(paths.get(store)!),
);

runStoreContract('SQLite :memory:', () => openSqliteStore(':memory:'));

it('refuses a database whose schema is newer than this code', async () => {
  const path = join(dir, 'future.db');
  await (await openSqliteStore(path)).close();
  const db = new Database(path);
  db.prepare(
    "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', '2030-01-01')",
  ).run();
  db.close();
  await expect(openSqliteStore(path)).rejects.toThrow(/newer than this dossier knows/);
});

it('says which SQLite file it cannot open', async () => {
  await expect(openSqliteStore(join(dir, 'no', 'such', 'dir', 'x.db'))).rejects.toThrow(
    /cannot open SQLite database/,
  );
});
