// The store contract on PostgreSQL, against a throwaway cluster this file starts and removes. Each
// test gets a new database; skipped (with a message) when PostgreSQL is not installed.
import { afterAll, beforeAll, describe } from 'vitest';
import { runStoreContract } from '../src/store/contract.js';
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
}
