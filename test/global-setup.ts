// Builds the CLI once so end-to-end tests run the real `dossier` binary on fresh code. Type errors are
// reported by `npm run typecheck` (CI runs it); tsc still emits, so they don't block the tests here.
// Several test runs on one checkout take turns (a lock directory): two tsc runs writing dist/ at once
// leave half-written files behind.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const STALE_LOCK_MS = 180_000;

export default async function setup(): Promise<void> {
  const root = join(import.meta.dirname, '..');
  const lock = join(root, '.build.lock');
  await acquire(lock);
  try {
    const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0)
      console.warn(`tsc reported type errors (run npm run typecheck):\n${r.stdout.slice(0, 2000)}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js')))
    throw new Error('build failed: dist/src/cli/main.js missing');
}

async function acquire(lock: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      // A lock left by a killed run is taken over once it is old enough.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
}
