// The web UI in real headless Chromium against a real server and store: ingest the project's examples through
// the page, drop a hostile article and check it renders inert, open every view, click from the document list
// into the reader and from a claim's evidence into the highlighted sentence; then ingest the seeds and open
// every view again. Saves a PNG of each view under docs/screenshots/ — taken before the seeds land, so no
// seed text ends up in the repository.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestVia } from '../src/api/index.js';
import { startTestServer, type TestServer } from './api-fixtures.js';
import { repoRoot, sharedPath } from './shared.js';
import { buildWeb, launchChromium } from './web-browser.js';
import { hostileArticle } from './web-hostile.js';

const CHROMIUM = '/usr/bin/chromium';
const shots = join(repoRoot, 'docs', 'screenshots');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`skipping the browser tests: ${CHROMIUM} is absent (apt-get install chromium)`);

describe.skipIf(!haveChromium)('web UI in Chromium', () => {
  let t: TestServer;
  let browser: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  const examples = readdirSync(join(repoRoot, 'examples')).map((f) => join(repoRoot, 'examples', f));

  const open = async (hash: string, waitFor: string) => {
    await page.goto(`${t.server.url}/#/${hash}`);
    await page.waitForSelector(waitFor, { timeout: 20_000 });
  };
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    const webRoot = buildWeb();
    mkdirSync(shots, { recursive: true });
    t = await startTestServer([], (store) => ({ webRoot, ingest: ingestVia(store) }));
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('serves the page with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${t.server.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await res.text()).not.toMatch(/<script>(?!<\/script>)/);
  });

  const ingestFiles = async (files: string[]) => {
    await open('ingest', '[data-testid="dropzone"]');
    await page.setInputFiles('input[type=file]', files);
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('[data-testid="ingest-progress"]')
          ?.textContent?.includes(`${n} / ${n} inputs`),
      files.length,
      { timeout: 90_000 },
    );
    const added = await page.locator('tr.added').count();
    if (added < files.length) console.warn(await page.locator('table.outcomes').textContent());
    return added;
  };

  it('shows an empty store honestly, then ingests files through the page with progress', async () => {
    await open('', '[data-testid="empty-state"]');
    await shot('empty-overview');
    expect(await ingestFiles(examples)).toBeGreaterThanOrEqual(examples.length);
    await shot('ingest');
  });

  it('ingests a dropped hostile article and renders it inert', async () => {
    await open('ingest', '[data-testid="dropzone"]');
    await page.evaluate((html) => {
      const dt = new DataTransfer();
      dt.items.add(new File([html], 'hostile.html', { type: 'text/html' }));
      const zone = document.querySelector('[data-testid="dropzone"]')!;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, hostileArticle);
    await page.waitForSelector('tr.added a, tr.rejected', { timeout: 30_000 });
    const href = await page.locator('tr.added a').first().getAttribute('href');
    expect(href).toMatch(/^#\/doc\//);
    await page.goto(`${t.server.url}/${href}`);
    await page.waitForSelector('[data-testid="reader-text"]');
    const text = await page.locator('[data-testid="reader-text"]').textContent();
    expect(text).toContain('north pier');
    expect(text).toContain('<script>');
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
      mainImgs: document.querySelectorAll('main img, main iframe, main script, main object, main embed')
        .length,
      scripts: [...document.scripts].map((s) => s.src),
    }));
    expect(injected.pwned).toBeNull();
    expect(injected.handlers).toBe(0);
    expect(injected.mainImgs).toBe(0);
    expect(injected.scripts.every((s) => s.startsWith(t.server.url))).toBe(true);
    expect(dialogs).toEqual([]);
    await shot('reader-hostile');
  });

  const views: [string, string, string][] = [
    ['', '[data-testid="figures"]', 'overview'],
    ['docs', '.vrow .doctitle', 'documents'],
    ['search?q=Maduro', '.search li', 'search'],
    ['timeline', 'main h1, main h2', 'timeline'],
    ['entities', 'main h1, main h2', 'entities'],
    ['network', 'main h1, main h2', 'network'],
    ['map', 'svg.world path', 'map'],
    ['quotes', 'main h1, main h2', 'quotes'],
    ['claims', 'main h1, main h2', 'claims'],
    ['events', 'main h1, main h2', 'events'],
    ['reactions', 'main h1, main h2', 'reactions'],
    ['sources', 'table.grid', 'sources'],
    ['stories', 'main h1, main h2', 'stories'],
  ];
  const openEveryView = async (screenshots: boolean) => {
    for (const [hash, selector, name] of views) {
      await open(hash, selector);
      await page.waitForTimeout(name === 'network' ? 1500 : 100);
      const body = await page.locator('main').textContent();
      expect(body, name).not.toMatch(/Could not load this view|No such view/);
      if (screenshots) await shot(name);
    }
  };

  it('opens every view', async () => {
    await openEveryView(true);
    await open('entities', 'main h1, main h2');
    if ((await page.locator('.vrow .doctitle').count()) > 0) {
      const name = await page.locator('.vrow .doctitle').first().textContent();
      await page.locator('.vrow .doctitle').first().click();
      await page.waitForSelector('.entity h1');
      expect(await page.locator('.entity h1').textContent()).toContain(name);
      await page.waitForTimeout(300);
      await shot('entity');
    }
    // A stage view shows its items, or says why it has none.
    for (const view of ['timeline', 'quotes', 'claims', 'events', 'reactions', 'stories']) {
      await open(view, 'main h1, main h2');
      const items = await page
        .locator(
          'main .items li, main table.matrix tbody tr, main table.grid tbody tr, main svg.timeline-svg g',
        )
        .count();
      const empty = page.locator('[data-testid="empty-state"] > p').first();
      const note = (await empty.count()) ? await empty.textContent() : '';
      expect(items > 0 || /^No .+\./.test(note ?? ''), view).toBe(true);
    }
    expect(await page.locator('svg.world path').count()).toBe(0);
    await open('map', 'svg.world path');
    expect(await page.locator('svg.world path').count()).toBeGreaterThan(150);
  });

  it('moves from the document list to the reader by keyboard and by click', async () => {
    await open('docs', '.vrow .doctitle');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="reader-text"]');
    expect(page.url()).toMatch(/#\/doc\/[0-9a-f]{16}$/);
    await open('docs', '.vrow .doctitle');
    const title = await page.locator('.vrow .doctitle').first().textContent();
    await page.locator('.vrow .doctitle').first().click();
    await page.waitForSelector('[data-testid="reader-text"]');
    expect(await page.locator('.reader h1').textContent()).toBe(title);
    await shot('reader');
  });

  it('clicks from a claim to its evidence sentence in the reader', async (ctx) => {
    const claims = await (await fetch(`${t.server.url}/api/claims`)).json();
    if (claims.items.length === 0) {
      console.warn(`skipping the claim click-through: ${claims.stage.note}`);
      return ctx.skip();
    }
    const evidence = claims.items[0].data.evidence[0];
    await open('claims', 'table.matrix .evidence-link');
    await page.locator('table.matrix .evidence-link').first().click();
    await page.waitForSelector('.hl.l-evidence');
    expect(page.url()).toContain(`#/doc/${evidence.docId}?start=${evidence.start}&end=${evidence.end}`);
    const marked = await page.locator('.hl.l-evidence').allTextContents();
    expect(marked.join('')).toBe(evidence.text);
    expect(readFileSync(join(shots, 'claims.png')).length).toBeGreaterThan(1000);
  });

  it('ingests the seeds and still opens every view', async (ctx) => {
    const seeds = sharedPath('corpus', 'seeds');
    if (!seeds) return ctx.skip();
    const files = readdirSync(seeds).map((f) => join(seeds, f));
    const before = await t.store.countDocuments();
    expect(await ingestFiles(files)).toBe(files.length);
    await openEveryView(false);
    const total = await page.evaluate(() =>
      fetch('/api/docs')
        .then((r) => r.json())
        .then((b) => b.total),
    );
    expect(total).toBe(before + files.length);
  });

  it('raised no dialog, script error or Content-Security-Policy violation in any view', () => {
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
