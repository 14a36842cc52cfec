// Ingesting the seed folder twice leaves five documents and reports five duplicates the second time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/app.js';
import { dossierBin, sharedPath } from './shared.js';

const seeds = sharedPath('corpus', 'seeds');
const dir = mkdtempSync(join(tmpdir(), 'dossier-seeds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ingest(db: string): { status: string }[] {
  return JSON.parse(
    execFileSync('node', [dossierBin, '--db', db, 'ingest', seeds!, '--json'], { encoding: 'utf8' }),
  );
}

describe.skipIf(!seeds)('ingesting the seeds', () => {
  it('adds five documents, then reports five duplicates', async () => {
    const db = join(dir, 'seeds.db');
    const first = ingest(db);
    expect(first.map((o) => o.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
    const second = ingest(db);
    expect(second.map((o) => o.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    const store = await openStore(db);
    expect(await store.countDocuments()).toBe(5);
    await store.close();
  });
});
