// The timeline's lanes, the entity page's mentions chart and the network's time and source filters, in real
// headless Chromium against a real server and store. First on the project's own examples (screenshots are
// taken then, so no seed text reaches the repository), then again once the seeds are ingested.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestVia } from '../src/api/index.js';
import { startTestServer, type TestServer } from './api-fixtures.js';
import { repoRoot, sharedPath } from './shared.js';
import { buildWeb, launchChromium } from './web-browser.js';

const CHROMIUM = '/usr/bin/chromium';
const shots = join(repoRoot, 'docs', 'screenshots');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`skipping the browser tests: ${CHROMIUM} is absent (apt-get install chromium)`);

describe.skipIf(!haveChromium)('timeline lanes, mentions chart and network filters in Chromium', () => {
  let t: TestServer;
  let browser: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  const ingest = async (dir: string) => {
    const files = readdirSync(dir).map((f) => ({
      source: join(dir, f),
      bytes: new Uint8Array(readFileSync(join(dir, f))),
      fetchedAt: new Date().toISOString(),
      contentType: null,
    }));
    const out = await ingestVia(t.store)({ files, urls: [] });
    expect(out.filter((o) => o.status === 'added').length).toBeGreaterThanOrEqual(files.length);
  };
  const open = async (hash: string, waitFor: string) => {
    await page.goto(`${t.server.url}/#/${hash}`);
    await page.waitForSelector(waitFor, { timeout: 20_000 });
  };
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
  const api = async (path: string) => (await fetch(`${t.server.url}${path}`)).json();

  beforeAll(async () => {
    const webRoot = buildWeb();
    t = await startTestServer([], (store) => ({ webRoot, ingest: ingestVia(store) }));
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await ingest(join(repoRoot, 'examples'));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  /** The capture of Maduro on 3 January 2026 sits in the United States lane, and its evidence opens. */
  const checkActorLanes = async () => {
    await open('timeline?group=actor', '[data-testid="timeline-lane"]');
    const lanes = await page
      .locator('[data-testid="timeline-lane"]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-lane')));
    expect(lanes).toContain('United States');
    expect(lanes).toContain('Nicolás Maduro');
    // At most twelve actor lanes, then one for the other actors and one for items naming none.
    expect(lanes.length).toBeLessThanOrEqual(14);
    const capture = page.locator(
      '[data-testid="timeline-lane"][data-lane="United States"] g.bar[data-value="2026-01-03"]',
    );
    expect(await capture.count()).toBeGreaterThan(0);
    const labels = await capture.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
    expect(labels.some((l) => /Maduro/.test(l))).toBe(true);
    return capture;
  };

  const checkMentionsChart = async () => {
    const entities = await api('/api/entities?type=PERSON&limit=500');
    const maduro = entities.items.find((e: { name: string }) => /Maduro/.test(e.name));
    expect(maduro).toBeTruthy();
    await open(`entity/${maduro.id}`, '[data-testid="mentions-chart"] svg');
    const bars = await page
      .locator('[data-testid="mentions-chart"] g.mbar')
      .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-mentions'))));
    expect(bars.filter((n) => n > 0).length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="mentions-chart"] g.mbar rect').count()).toBeGreaterThan(0);
    const series = await api(`/api/entities/${maduro.id}/mentions-over-time`);
    expect(bars.reduce((a, b) => a + b, 0)).toBe(
      series.buckets.reduce((a: number, b: { mentions: number }) => a + b.mentions, 0),
    );
  };

  const edgeCount = async () =>
    Number(await page.locator('[data-testid="network-count"]').getAttribute('data-edges'));
  const waitEdgesBelow = (n: number) =>
    page.waitForFunction(
      (max) =>
        Number(document.querySelector('[data-testid="network-count"]')?.getAttribute('data-edges')) < max,
      n,
      { timeout: 20_000 },
    );

  /** Filtering the network by one source, then by a time range, leaves fewer edges than the whole graph. */
  const checkNetworkFilters = async (source: string) => {
    await open('network', '[data-testid="network-count"]');
    const all = await edgeCount();
    expect(all).toBeGreaterThan(1);
    await page.selectOption('[data-testid="network-source"]', source);
    await waitEdgesBelow(all);
    expect(page.url()).toContain('source=');
    const bySource = await edgeCount();
    expect(bySource).toBeLessThan(all);
    await page.locator('button', { hasText: 'Clear filters' }).click();
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="network-count"]')?.getAttribute('data-edges')) === n,
      all,
    );
    await page.fill('[data-testid="network-from"]', '2026-01-04');
    await waitEdgesBelow(all);
    expect(page.url()).toContain('from=2026-01-04');
    return { all, bySource, byTime: await edgeCount() };
  };

  it('draws the timeline in one lane per actor, with the capture under the United States', async () => {
    const capture = await checkActorLanes();
    await capture.first().click();
    await page.waitForSelector('[data-testid="timeline-picked"] .evidence-link');
    expect(await page.locator('[data-testid="timeline-picked"]').textContent()).toContain(
      'lane: United States',
    );
    await page.locator('button', { hasText: 'Weeks of the reports' }).click();
    await page.waitForTimeout(200);
    await shot('timeline-by-actor');
    await page.locator('[data-testid="timeline-picked"] .evidence-link').first().click();
    await page.waitForSelector('.hl.l-evidence');
    expect(page.url()).toMatch(/#\/doc\/[0-9a-f]+\?start=\d+&end=\d+/);
    // An actor lane's label opens the actor's entity page.
    await open('timeline?group=actor', '[data-testid="timeline-lane"]');
    await page.locator('[data-testid="timeline-lane"][data-lane="United States"] a').click();
    await page.waitForSelector('.entity h1');
    expect(await page.locator('.entity h1').textContent()).toContain('United States');
  });

  it('draws one lane per source, and month-only dates as uncertain ranges', async () => {
    await open('timeline?group=source', '[data-testid="timeline-lane"]');
    const lanes = await page
      .locator('[data-testid="timeline-lane"]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-lane')));
    expect(lanes).toContain('Harbor Ledger');
    const timeline = await api('/api/timeline?limit=500');
    const ranged = timeline.items.filter(
      (i: { data: { granularity: string } }) => i.data.granularity !== 'day',
    );
    expect(await page.locator('g.bar.uncertain').count()).toBeGreaterThanOrEqual(ranged.length > 0 ? 1 : 0);
    await page.locator('button', { hasText: 'Year before the reports' }).click();
    await page.waitForTimeout(200);
    await shot('timeline-by-source');
  });

  it('charts an entity’s mentions over time', async () => {
    await checkMentionsChart();
    await shot('entity-mentions');
  });

  it('narrows the network by source and by time', async () => {
    const f = await checkNetworkFilters('outlet:Harbor Ledger');
    expect(f.byTime).toBeLessThan(f.all);
    await page.locator('main h1').click();
    await page.waitForTimeout(1500);
    await shot('network-filtered');
  });

  it('does the same on the seed articles', async (ctx) => {
    const seeds = sharedPath('corpus', 'seeds');
    if (!seeds) return ctx.skip();
    await ingest(seeds);
    await checkActorLanes();
    const actors = new Set(
      (await api('/api/timeline?limit=500')).items.flatMap(
        (i: { data: { actorEntities: { name: string }[] } }) => i.data.actorEntities.map((a) => a.name),
      ),
    );
    if (actors.size > 12)
      expect(await page.locator('g.lane-other').getAttribute('data-lane')).toMatch(/^Other \(\d+ actors\)$/);
    await checkMentionsChart();
    const { sources } = await api('/api/graph');
    const outlet = sources.find((s: { key: string }) => s.key === 'outlet:The Moscow Times') ?? sources[0];
    await checkNetworkFilters(outlet.key);
  });

  it('raised no script error or Content-Security-Policy violation', () => {
    expect(consoleErrors).toEqual([]);
  });
});
