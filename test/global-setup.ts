// Builds the CLI once so end-to-end tests run the real `dossier` binary on fresh code. Type errors are
// reported by `npm run typecheck` (CI runs it); tsc still emits, so they don't block the tests here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0)
    console.warn(`tsc reported type errors (run npm run typecheck):\n${r.stdout.slice(0, 2000)}`);
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js')))
    throw new Error('build failed: dist/src/cli/main.js missing');
}
