// A throwaway PostgreSQL cluster for the worker benchmark and the tests: initdb + pg_ctl on a temporary
// directory, listening only on a Unix socket there, removed by stop(). PostgreSQL refuses to run as root,
// so as root the server runs as the `postgres` system user. Without server binaries it returns null and
// the caller skips PostgreSQL.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface ThrowawayPostgres {
  /** The directory holding the cluster's socket (and its data). */
  socketDir: string;
  /** A postgres:// URL of a new, empty database in this cluster (a fresh name when none is given). */
  createDatabase(name?: string): Promise<string>;
  stop(): void;
}

const PORT = 5432;
let counter = 0;

/** The directory holding initdb and pg_ctl: DOSSIER_PG_BIN, Debian's layout, or the PATH. */
export function findPgBinDir(): string | null {
  if (process.env.DOSSIER_PG_BIN) return process.env.DOSSIER_PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'initdb'))) return dir;
  }
  return null;
}

function runner(dir: string): (bin: string, args: string[]) => void {
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  return (bin, args) => {
    execFileSync(root ? 'runuser' : bin, root ? ['-u', 'postgres', '--', bin, ...args] : args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  };
}

/** Starts a cluster tuned for throughput (no fsync: the data is thrown away), or null without binaries. */
export function startThrowawayPostgres(): ThrowawayPostgres | null {
  const bin = findPgBinDir();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-pg-'));
  const data = join(dir, 'data');
  const run = runner(dir);
  try {
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
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const urlFor = (db: string) =>
    `postgres://postgres@localhost/${db}?host=${encodeURIComponent(dir)}&port=${PORT}`;
  return {
    socketDir: dir,
    async createDatabase(name = `db${process.pid}_${++counter}`) {
      const admin = new pg.Client({ connectionString: urlFor('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`);
      } finally {
        await admin.end();
      }
      return urlFor(name);
    },
    stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
