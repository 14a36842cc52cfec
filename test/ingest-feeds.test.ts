// RSS 2.0 and Atom feeds from a file and from a URL: items with full content become articles, a
// summary-only item says to use --follow, and --follow fetches each item's page from a local server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/app.js';
import { ingestAll } from '../src/ingest/ingest.js';
import type { Store } from '../src/store/store.js';
import { atomFeed, rssFeed, story, storyHtml } from './ingest-fixtures.js';

let dir: string;
let store: Store;
let server: Server;
let base: string;
let n = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-feeds-'));
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(items()));
    } else if (path.startsWith('/story/')) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(storyHtml(story(Number(path.slice(7)))));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  store = await openStore(join(dir, `t${++n}.db`));
});
afterEach(async () => store.close());

function items() {
  return [
    { story: story(41), link: `${base}/story/41`, full: true },
    { story: story(42), link: `${base}/story/42`, full: false },
    { story: story(43), link: `${base}/story/43`, full: true },
  ];
}

describe('feeds', () => {
  it('turns RSS items with full content into articles and says to --follow a summary-only item', async () => {
    const path = join(dir, 'news.rss');
    writeFileSync(path, rssFeed(items()));
    const outcomes = await ingestAll([path], { store });
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'rejected', 'added']);
    expect(outcomes[1]).toMatchObject({ input: `${path}#2`, code: 'NO_CONTENT' });
    expect(outcomes[1].reason).toContain('--follow');
    const doc = await store.getDocument(outcomes[0].id!);
    expect(doc!.meta).toMatchObject({
      title: story(41).title,
      authors: [story(41).author],
      published: '2026-01-05T10:00:00Z',
      publishedFrom: 'feed',
      url: `${base}/story/41`,
    });
  });

  it('reads Atom entries with their authors and dates', async () => {
    const path = join(dir, 'news.atom');
    writeFileSync(
      path,
      atomFeed([
        { story: story(51), link: 'https://a.example/51' },
        { story: story(52), link: 'https://a.example/52' },
      ]),
    );
    const outcomes = await ingestAll([path], { store });
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added']);
    const doc = await store.getDocument(outcomes[1].id!);
    expect(doc!.meta).toMatchObject({
      authors: [story(52).author],
      published: '2026-01-03T08:00:00Z',
      url: 'https://a.example/52',
    });
    expect(doc!.text).toContain('story number 52');
  });

  it('fetches a feed from a URL and, with --follow, every item page', async () => {
    const plain = await ingestAll([`${base}/feed.xml`], { store, allowPrivate: true });
    expect(plain.map((o) => o.status)).toEqual(['added', 'rejected', 'added']);
    const followed = await ingestAll([`${base}/feed.xml`], { store, allowPrivate: true, follow: true });
    // The pages of items 1 and 3 hold the same text the feed carried: duplicates, not new documents.
    expect(followed.map((o) => o.status)).toEqual(['duplicate', 'added', 'duplicate']);
    expect(followed[1].input).toBe(`${base}/story/42`);
    const doc = await store.getDocument(followed[1].id!);
    expect(doc!.text).toContain('story number 42');
    expect(doc!.meta.publishedFrom).toBe('feed');
  });

  it('refuses to follow links into a private network unless allowed', async () => {
    const path = join(dir, 'follow.rss');
    writeFileSync(path, rssFeed(items()));
    const outcomes = await ingestAll([path], { store, follow: true });
    expect(outcomes[1]).toMatchObject({ status: 'rejected', code: 'PRIVATE_ADDRESS' });
    // Items that carry their full text still land from the feed itself.
    expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(2);
  });

  it('rejects a malformed feed as such', async () => {
    const path = join(dir, 'broken.rss');
    writeFileSync(path, '<rss version="2.0"><channel><title>x</title><item><title>cut off');
    const [o] = await ingestAll([path], { store });
    expect(o).toMatchObject({ status: 'rejected', code: 'MALFORMED_INPUT' });
  });
});
