// `dossier bench workers` through the real binary on a tiny generated corpus: it queues the pages, runs
// 1 and 2 worker processes on SQLite (and PostgreSQL when installed), and prints one row per run with
// every page stored. No timing is asserted, only that the runs happened and the table is complete.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dossierBin } from './shared.js';

const run = promisify(execFile);

describe('dossier bench workers', () => {
  it('drains a 20-page corpus with 1 and 2 workers per backend and prints the table', async () => {
    const { stdout } = await run(
      process.execPath,
      [dossierBin, 'bench', 'workers', '--pages', '20', '--workers', '1,2', '--backend', 'sqlite,postgres'],
      { timeout: 170_000 },
    );
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^20 generated HTML pages/);
    expect(lines[1]).toMatch(/^load average before \d/);
    expect(lines[2].split(/\s+/)).toEqual(
      [
        'backend',
        'workers',
        'docs',
        'seconds',
        'docs/s',
        'words/s',
        'docs/cpu-s',
        'peak MB',
        'speed-up',
      ].flatMap((h) => h.split(' ')),
    );
    const rows = lines
      .slice(3)
      .filter((l) => /^(sqlite|postgres)\s/.test(l))
      .map((l) => l.trim().split(/\s+/));
    const pgRan = rows.some((r) => r[0] === 'postgres');
    if (!pgRan) expect(stdout).toMatch(/skipped postgres: no PostgreSQL server binaries/);
    expect(rows.map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'sqlite 1',
      'sqlite 2',
      ...(pgRan ? ['postgres 1', 'postgres 2'] : []),
    ]);
    for (const r of rows) {
      expect(r[2], `${r[0]} with ${r[1]} workers stores every page`).toBe('20');
      expect(Number(r[5]), 'words/s').toBeGreaterThan(0);
      expect(Number(r[7]), 'peak MB of a worker').toBeGreaterThan(10);
    }
    expect(rows.filter((r) => r[1] === '1').every((r) => r[8] === '1.00x')).toBe(true);
  }, 180_000);

  it('refuses a worker count it cannot run, with a message', async () => {
    const err = await run(process.execPath, [dossierBin, 'bench', 'workers', '--workers', '0']).catch(
      (e) => e,
    );
    expect(err.code).not.toBe(0);
    expect(String(err.stderr)).toMatch(/--workers must be a comma-separated list/);
  });
});
