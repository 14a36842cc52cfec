// Launches the system Chromium (Debian's `chromium` package) headless with a fresh profile, for the browser
// tests and the screenshot run. playwright-core brings no browser of its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { repoRoot } from './shared.js';

export async function launchChromium(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'dossier-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport: { width: 1366, height: 860 },
  });
}

/**
 * Builds the web UI into a fresh temporary folder, so browser tests see the current sources and never race
 * each other (or a running `dossier serve`) over web/dist.
 */
export function buildWeb(): string {
  const out = mkdtempSync(join(tmpdir(), 'dossier-web-'));
  execFileSync('npx', ['vite', 'build', 'web', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  return out;
}
