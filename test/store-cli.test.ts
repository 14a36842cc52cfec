// The store's CLI commands end to end (`docs`, `show`, `search`) through the real binary, on a SQLite
// file and on PostgreSQL (`--db postgres://…`; nothing else changes for the user).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { havePostgres, type PgCluster, startPgCluster } from './pg-cluster.js';
import { dossierBin } from './shared.js';
import { syntheticArticles } from './store-fixtures.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
const folder = join(dir, 'in');
mkdirSync(folder);
syntheticArticles(12, 5).forEach((a, i) => {
  writeFileSync(join(folder, `n${String(i).padStart(2, '0')}.txt`), a.text!);
});

let cluster: PgCluster | null = null;
afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function dossier(
  db: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [dossierBin, '--db', db, ...args], {
      env: { ...process.env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function json<T>(db: string, ...args: string[]): Promise<T> {
  const r = await dossier(db, ...args);
  if (r.code !== 0) throw new Error(`dossier ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

const backends = [
  { name: 'SQLite', skip: false, db: async () => join(dir, 'cli.db') },
  {
    name: 'PostgreSQL',
    skip: !havePostgres(),
    db: async () => {
      cluster ??= await startPgCluster();
      return cluster!.createDatabase();
    },
  },
];

describe.each(backends)('docs, show, search on $name', ({ db: makeDb, skip }) => {
  it.skipIf(skip)('lists, shows and searches what ingest stored', async () => {
    const db = await makeDb();
    expect((await dossier(db, 'docs')).stdout).toContain('No documents yet');
    expect(await json<unknown[]>(db, 'ingest', folder, '--json')).toHaveLength(12);

    const docs = await json<Record<string, unknown>[]>(db, 'docs', '--json');
    expect(docs).toHaveLength(12);
    expect(Object.keys(docs[0]!).sort()).toEqual(
      [
        'authors',
        'genre',
        'id',
        'language',
        'outlet',
        'published',
        'source',
        'syndicatedFrom',
        'title',
        'words',
      ].sort(),
    );
    const page = await json<{ id: string }[]>(db, 'docs', '--json', '--limit', '3', '--offset', '4');
    expect(page.map((d) => d.id)).toEqual(docs.slice(4, 7).map((d) => d.id));
    const table = await dossier(db, 'docs');
    expect(table.stdout).toContain(String(docs[0]!.id));
    expect(table.stdout).toContain('12 documents');
    expect((await dossier(db, 'docs', '--limit', 'x')).stderr).toContain('--limit');

    const id = String(docs[3]!.id);
    const shown = await json<{ id: string; text: string; removed: unknown[]; layers: object }>(
      db,
      'show',
      id.slice(0, 8),
      '--json',
    );
    expect(shown.id).toBe(id);
    expect(shown.text.length).toBeGreaterThan(50);
    expect(Array.isArray(shown.removed)).toBe(true);
    expect(Object.keys(shown.layers).length).toBeGreaterThan(0);
    expect(shown).toHaveProperty('published');
    const readable = await dossier(db, 'show', id);
    // Entity mentions are marked [text]{TYPE} when an 'entities' layer exists; unmarked, the text is whole.
    expect(readable.stdout.replace(/\[([^\]]*)\]\{[A-Z_]+\}/g, '$1')).toContain(shown.text.slice(0, 60));
    if ((shown.layers as { entities?: unknown[] }).entities?.length) {
      expect(readable.stdout).toMatch(/\[[^\]]+\]\{[A-Z_]+\}/);
    }
    expect(readable.stdout).toMatch(/Layers: /);

    const missing = await dossier(db, 'show', 'ffffffffffff');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('NOT_FOUND');
    expect((await dossier(db, 'show', 'not-an-id')).stderr).toContain('NOT_FOUND');

    const hits = JSON.parse((await dossier(db, 'search', 'Tallinn', '--json')).stdout) as {
      snippet: string;
    }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.snippet.includes('Tallinn'))).toBe(true);
    for (const q of ['"unbalanced', 'NEAR(x', 'a*', 'col:on', "O'Brien", 'x -y']) {
      const r = await dossier(db, 'search', q, '--json');
      expect(r.code, `search ${q}: ${r.stderr}`).toBe(0);
      expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    }
    expect((await dossier(db, 'search', 'zzzzqqq')).stdout).toContain('No documents match');
  });
});
