// How long the overview page takes until its key figures are rendered, in real headless Chromium (the system
// Chromium, driven by playwright-core, a devDependency); null when either is missing. Each run opens a fresh
// browser context (empty cache), so every run loads the page, its script and the API answer anew.
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

export async function overviewLoadMs(baseUrl: string, runs = 5): Promise<number[] | null> {
  if (!existsSync(CHROMIUM)) return null;
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return null;
  }
  const browser = await playwright.chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${baseUrl}/#/`);
      // Usable: the figures block is there and shows the real article count, not a loading state.
      await page.waitForFunction(
        () => /\d/.test(document.querySelector('[data-testid="figures"] .value')?.textContent ?? ''),
        undefined,
        { timeout: 30_000 },
      );
      times.push(Math.round(performance.now() - t0));
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}
