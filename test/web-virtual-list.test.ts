// 10,000 documents in the Documents view: the list keeps only a window of rows in the page, scrolling to the
// end loads the last page on demand, and the keyboard's End key reaches the last document.
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDoc, startTestServer, type TestServer } from './api-fixtures.js';
import { buildWeb, launchChromium } from './web-browser.js';

const COUNT = 10_000;
const haveChromium = existsSync('/usr/bin/chromium');
if (!haveChromium) console.warn('skipping the virtual-list browser test: /usr/bin/chromium is absent');

describe.skipIf(!haveChromium)('Documents view with 10,000 documents', () => {
  let t: TestServer;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const webRoot = buildWeb();
    const docs = Array.from({ length: COUNT }, (_, i) =>
      makeDoc(`Item ${i} of the virtual list test, about nothing in particular.`, {
        title: `Item ${String(i).padStart(5, '0')}`,
        published: '2026-01-01',
      }),
    );
    t = await startTestServer(docs, { webRoot });
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('renders a window of rows and loads the end on demand', async () => {
    await page.goto(`${t.server.url}/#/docs`);
    await page.waitForSelector('.vrow .doctitle');
    expect(await page.locator('h1').textContent()).toContain('10,000');
    const rows = await page.locator('.vrow').count();
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThan(100);
    await page.locator('.vlist').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await page.waitForSelector('text=Item 09999', { timeout: 20_000 });
    expect(await page.locator('.vrow').count()).toBeLessThan(100);
  });

  it('moves with the keyboard to the last document and opens it', async () => {
    await page.goto(`${t.server.url}/#/docs`);
    await page.waitForSelector('.vrow .doctitle');
    await page.locator('.vlist').focus();
    await page.keyboard.press('End');
    await page.waitForSelector('.vrow.selected >> text=Item 09999', { timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="reader-text"]');
    expect(await page.locator('.reader h1').textContent()).toBe('Item 09999');
  });
});
