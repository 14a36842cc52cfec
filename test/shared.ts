// Where the team's shared data lives (../shared beside the repo, or DOSSIER_SHARED). Tests that need
// it skip with a clear message when it is absent, so a fresh clone still passes `npm test`.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = process.env.DOSSIER_SHARED ?? resolve(repoRoot, '..', 'shared');
export const seedsDir = join(sharedDir, 'corpus', 'seeds');
export const dataDir = join(sharedDir, 'data');

export function sharedPath(...parts: string[]): string | null {
  const p = join(sharedDir, ...parts);
  if (existsSync(p)) return p;
  console.warn(
    `skipping: ${p} is absent (put the team's shared folder beside the repo or set DOSSIER_SHARED)`,
  );
  return null;
}

export const dossierBin = join(repoRoot, 'bin', 'dossier.js');
