// How long the overview page takes to show its figures in headless Chromium, when the system Chromium and
// playwright-core (a devDependency) are there; null otherwise.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';

export async function overviewLoadMs(baseUrl: string, runs = 5): Promise<number[] | null> {
  if (!existsSync(CHROMIUM)) return null;
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return null;
  }
  const profile = mkdtempSync(join(tmpdir(), 'dossier-bench-chromium-'));
  const browser = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const t0 = performance.now();
      await page.goto(`${baseUrl}/#/`);
      await page.waitForSelector('[data-testid="figures"]', { timeout: 30_000 });
      times.push(Math.round(performance.now() - t0));
      await page.close();
    }
    return times;
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
