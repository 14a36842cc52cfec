// The store contract on PostgreSQL, against a throwaway cluster this file starts and removes. Each
// test gets a new database; skipped (with a message) when PostgreSQL is not installed.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStoreContract } from '../src/store/contract.js';
import { postgresMigrations } from '../src/store/postgres/postgres-migrations.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import type { Store } from '../src/store/store.js';
import { havePostgres, type PgCluster, startPgCluster } from './pg-cluster.js';

if (!havePostgres()) {
  describe.skip('Store contract: PostgreSQL (no PostgreSQL binaries; apt-get install -y postgresql)', () => {});
} else {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = (await startPgCluster())!;
  });
  afterAll(async () => {
    await cluster?.stop();
  });
  const urls = new WeakMap<Store, string>();
  runStoreContract(
    'PostgreSQL',
    async () => {
      const url = await cluster.createDatabase();
      const s = await openPostgresStore(url);
      urls.set(s, url);
      return s;
    },
    (store) => openPostgresStore(urls.get(store)!),
  );

  describe('PostgreSQL migrations', () => {
    it('apply once when several processes open a new database at once', async () => {
      const url = await cluster.createDatabase();
      const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url)));
      await Promise.all(stores.map((s) => s.close()));
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        const { rows } = await db.query('SELECT version FROM schema_version ORDER BY version');
        expect(rows.map((r) => r.version)).toEqual(postgresMigrations.map((m) => m.version));
      } finally {
        await db.end();
      }
    });

    it('report an unreachable server as a store error', async () => {
      const url = `postgres://postgres@localhost/none?host=${encodeURIComponent(cluster.socketDir)}&port=1`;
      await expect(openPostgresStore(url)).rejects.toThrow(/cannot open PostgreSQL database/);
    });
  });
}
