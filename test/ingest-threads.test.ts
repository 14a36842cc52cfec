// Parallel analysis through the real CLI: `dossier ingest --threads 2` (a worker-thread pool) stores
// exactly what `--threads 1` (inline, no pool) stores, on the seed articles and on generated pages with
// broken inputs in the middle of the batch; `dossier worker --threads 2` draining the same articles
// from the queue stores the same too. Only document and corpus content is compared, never timings.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/app.js';
import { newsPage, seededRng } from '../src/bench/generate-news-corpus.js';
import { dossierBin, seedsDir, sharedPath } from './shared.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function dossier(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [dossierBin, ...args],
      { maxBuffer: 1 << 26, env: { ...process.env, ...env } },
      (err, stdout, stderr) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** Every stored document (without the times it was read and added) and the corpus listings. */
async function contents(db: string): Promise<unknown> {
  const store = await openStore(db);
  const docs: unknown[] = [];
  try {
    for (const d of await store.listDocuments({ limit: 1000 })) {
      const { addedAt: _a, fetchedAt: _f, ...doc } = (await store.getDocument(d.id))!;
      docs.push(doc);
    }
  } finally {
    await store.close();
  }
  const listings: Record<string, unknown> = {};
  for (const what of ['entities', 'timeline', 'quotes', 'claims']) {
    const r = await dossier(['--db', db, what, '--json']);
    expect(r.code, r.stderr).toBe(0);
    listings[what] = JSON.parse(r.stdout);
  }
  return { docs, listings };
}

let dir: string;
let inbox: string;
const BROKEN = ['p2-furniture.html', 'p4-picture.png'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-threads-'));
  inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const rng = seededRng(5);
  for (const i of [0, 1, 3, 5, 6, 7]) writeFileSync(join(inbox, `p${i}-story.html`), newsPage(rng, i));
  // Cleaning (on a thread) finds no article in page furniture; the reader refuses a picture.
  writeFileSync(
    join(inbox, BROKEN[0]!),
    '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>',
  );
  writeFileSync(
    join(inbox, BROKEN[1]!),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dossier ingest --threads', () => {
  it('stores the seed articles exactly as the inline path does', async () => {
    if (!sharedPath('corpus', 'seeds')) return;
    const one = join(dir, 'seeds-1.db');
    const two = join(dir, 'seeds-2.db');
    const r1 = await dossier(['--db', one, 'ingest', '--threads', '1', seedsDir, '--json']);
    const r2 = await dossier(['--db', two, 'ingest', '--threads', '2', seedsDir, '--json']);
    expect(r1.code, r1.stderr).toBe(0);
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stderr).not.toMatch(/analysis runs inline/);
    expect(r2.stdout).toBe(r1.stdout);
    expect(JSON.parse(r2.stdout).every((o: { status: string }) => o.status === 'added')).toBe(true);
    expect(await contents(two)).toEqual(await contents(one));
  });

  it('rejects broken inputs in the middle of a batch, in order, and stores the rest as inline', async () => {
    const one = join(dir, 'gen-1.db');
    const two = join(dir, 'gen-2.db');
    const r1 = await dossier(['--db', one, 'ingest', '--threads', '1', inbox, '--json']);
    const r2 = await dossier(['--db', two, 'ingest', inbox, '--json'], { DOSSIER_THREADS: '2' });
    expect(r2.code).toBe(2);
    expect(r2.stderr).not.toMatch(/analysis runs inline/);
    expect(r2.stdout).toBe(r1.stdout);
    const outcomes = JSON.parse(r2.stdout) as {
      input: string;
      status: string;
      code?: string;
      reason?: string;
    }[];
    expect(outcomes.map((o) => o.input.split('/').pop())).toEqual([
      'p0-story.html',
      'p1-story.html',
      'p2-furniture.html',
      'p3-story.html',
      'p4-picture.png',
      'p5-story.html',
      'p6-story.html',
      'p7-story.html',
    ]);
    const rejected = outcomes.filter((o) => o.status === 'rejected');
    expect(rejected.map((o) => o.input.split('/').pop())).toEqual(BROKEN);
    expect(rejected[0]).toMatchObject({
      code: 'NO_CONTENT',
      reason: expect.stringMatching(/no article text/),
    });
    expect(rejected[1]!.code).toBe('BINARY_INPUT');
    expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(6);
    expect(await contents(two)).toEqual(await contents(one));
  });

  it('refuses a thread count that is not a whole number from 1', async () => {
    const r = await dossier(['--db', join(dir, 'x.db'), 'ingest', '--threads', '0', inbox]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--threads must be a whole number/);
    const e = await dossier(['--db', join(dir, 'x.db'), 'ingest', inbox], { DOSSIER_THREADS: 'lots' });
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/DOSSIER_THREADS must be a whole number/);
  });
});

describe('dossier worker --threads', () => {
  it('drains the queue into the same documents and corpus as an inline ingest', async () => {
    const inline = join(dir, 'gen-1.db');
    if (!existsSync(inline)) await dossier(['--db', inline, 'ingest', '--threads', '1', inbox]);
    const queued = join(dir, 'queue.db');
    const q = await dossier(['--db', queued, 'ingest', '--queue', inbox, '--json']);
    expect(JSON.parse(q.stdout).filter((o: { status: string }) => o.status === 'queued')).toHaveLength(7);
    const w = await dossier([
      '--db',
      queued,
      'worker',
      '--threads',
      '2',
      '--exit-when-empty',
      '--poll',
      '50',
      '--json',
    ]);
    expect(w.code, w.stderr).toBe(0);
    const outcomes = JSON.parse(w.stdout) as { status: string; reason?: string }[];
    expect(outcomes.map((o) => o.status).sort()).toEqual([...Array(6).fill('added'), 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')!.reason).toMatch(/no article text/);
    expect(await contents(queued)).toEqual(await contents(inline));
  });
});
