// A throwaway PostgreSQL cluster for tests: initdb + pg_ctl on a temporary directory, listening only on
// a Unix socket there, removed at teardown. PostgreSQL refuses to run as root, so as root the server
// runs as the `postgres` system user. Without the binaries (Debian's `postgresql` package) it returns
// null and callers skip, so a fresh clone without PostgreSQL still passes.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PgCluster {
  /** The cluster's socket directory and port, for building URLs. */
  socketDir: string;
  port: number;
  /** A postgres:// URL of a new, empty database in this cluster. */
  createDatabase(name?: string): Promise<string>;
  stop(): Promise<void>;
}

const PORT = 5432;

function findBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (process.env.DOSSIER_PG_BIN) return process.env.DOSSIER_PG_BIN;
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

function asServerUser(dir: string): { run: (bin: string, args: string[]) => string } {
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  return {
    run: (bin, args) =>
      execFileSync(root ? 'runuser' : bin, root ? ['-u', 'postgres', '--', bin, ...args] : args, {
        stdio: ['ignore', 'pipe', 'pipe'],
      }).toString(),
  };
}

/** Whether PostgreSQL server binaries are installed (decided at test collection time). */
export function havePostgres(): boolean {
  const ok = findBinDir() !== null;
  if (!ok) {
    console.warn(
      'skipping PostgreSQL tests: no PostgreSQL server binaries in /usr/lib/postgresql/*/bin ' +
        '(apt-get install -y postgresql, or set DOSSIER_PG_BIN)',
    );
  }
  return ok;
}

let counter = 0;

/** Starts a cluster, or returns null (with a message) when PostgreSQL is not installed. */
export async function startPgCluster(): Promise<PgCluster | null> {
  const bin = findBinDir();
  if (!bin) {
    console.warn(
      'skipping PostgreSQL tests: no PostgreSQL server binaries in /usr/lib/postgresql/*/bin ' +
        '(apt-get install -y postgresql, or set DOSSIER_PG_BIN)',
    );
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-'));
  const data = join(dir, 'data');
  const { run } = asServerUser(dir);
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${PORT} -k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c max_connections=200`,
    'start',
  ]);
  const urlFor = (db: string) =>
    `postgres://postgres@localhost/${db}?host=${encodeURIComponent(dir)}&port=${PORT}`;
  return {
    socketDir: dir,
    port: PORT,
    async createDatabase(name) {
      const db = name ?? `t${process.pid}_${++counter}`;
      const admin = new pg.Client({ connectionString: urlFor('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${db.replaceAll('"', '')}"`);
      } finally {
        await admin.end();
      }
      return urlFor(db);
    },
    async stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
