// The throwaway PostgreSQL cluster for tests (the benchmark's starter, src/bench/throwaway-postgres.ts),
// or null with a message when Debian's `postgresql` is not installed, so a fresh clone still passes.
import { findPgBinDir, startThrowawayPostgres } from '../src/bench/throwaway-postgres.js';

export interface PgCluster {
  socketDir: string;
  createDatabase(name?: string): Promise<string>;
  stop(): Promise<void>;
}

const missing =
  'skipping PostgreSQL tests: no PostgreSQL server binaries in /usr/lib/postgresql/*/bin ' +
  '(apt-get install -y postgresql, or set DOSSIER_PG_BIN)';

/** Whether PostgreSQL server binaries are installed (decided at test collection time). */
export function havePostgres(): boolean {
  const ok = findPgBinDir() !== null;
  if (!ok) console.warn(missing);
  return ok;
}

export async function startPgCluster(): Promise<PgCluster | null> {
  const cluster = startThrowawayPostgres();
  if (!cluster) {
    console.warn(missing);
    return null;
  }
  return { ...cluster, stop: async () => cluster.stop() };
}
