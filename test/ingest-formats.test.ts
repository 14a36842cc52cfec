// The container formats, end to end into a real SQLite store: WARC (plain and gzipped, streamed past
// the size cap), JSON Lines with a bad line, JSON-LD NewsArticle, and windows-1251 pages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/app.js';
import { ingestAll, ingestBlobs } from '../src/ingest/ingest.js';
import type { Store } from '../src/store/store.js';
import { story, storyHtml, warcFile } from './ingest-fixtures.js';

let dir: string;
let store: Store;
let n = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-formats-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  store = await openStore(join(dir, `t${++n}.db`));
});
afterEach(async () => store.close());

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('WARC', () => {
  const pages = [
    { url: 'https://news.example/2026/01/harbor', html: storyHtml(story(11)), date: '2026-01-05T10:00:00Z' },
    { url: 'https://news.example/2026/01/council', html: storyHtml(story(12)), date: '2026-01-06T11:30:00Z' },
  ];

  for (const gzip of [false, true]) {
    it(`makes every HTML response record an article with its URI and date (${gzip ? 'gzipped' : 'plain'})`, async () => {
      const path = file(gzip ? 'crawl.warc.gz' : 'crawl.warc', await warcFile(pages, gzip));
      const outcomes = await ingestAll([path], { store });
      expect(outcomes.map((o) => o.status)).toEqual(['added', 'added']);
      const first = await store.getDocument(outcomes[0].id!);
      expect(first!.meta.url).toBe(pages[0].url);
      expect(first!.fetchedAt).toBe('2026-01-05T10:00:00.000Z');
      expect(first!.text).toContain('story number 11');
    });
  }

  it('keeps the records before the cut of a truncated WARC and says it is truncated', async () => {
    const whole = await warcFile(pages);
    // Cut inside the payload of the last record (an image, which the reader skips).
    const path = file('cut.warc', whole.subarray(0, whole.length - 10));
    const outcomes = await ingestAll([path], { store });
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'rejected']);
    expect(outcomes[2]).toMatchObject({ input: path, code: 'MALFORMED_INPUT' });
    expect(outcomes[2].reason).toContain('truncated');
  });

  it('streams a WARC larger than the size cap record by record', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      url: `https://news.example/a/${i}`,
      html: storyHtml(story(100 + i)),
      date: '2026-01-07T09:00:00Z',
    }));
    const path = file('big.warc', await warcFile(many));
    const outcomes = await ingestAll([path], { store, maxSizeMb: 0.25 });
    expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(400);
  });
});

describe('HTML', () => {
  it('reads gzipped HTML and XHTML with an XML declaration', async () => {
    const gz = file('page.html.gz', gzipSync(storyHtml(story(81))));
    const xhtml = storyHtml(story(82)).replace(
      '<!doctype html><html>',
      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">',
    );
    const outcomes = await ingestAll([gz, file('page.xhtml', xhtml)], { store });
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added']);
    expect((await store.getDocument(outcomes[0].id!))!.text).toContain('story number 81');
    expect((await store.getDocument(outcomes[1].id!))!.text).toContain('story number 82');
  });
});

describe('JSON and JSON Lines', () => {
  it('lands every good line and rejects the bad one with its line number', async () => {
    const lines = [
      JSON.stringify({
        title: 'One',
        text: story(21).paragraphs.join('\n\n'),
        url: 'https://a.example/1',
        outlet: 'A News',
      }),
      '{"title": "broken", "text": ',
      JSON.stringify({
        title: 'Three',
        html: storyHtml(story(23)),
        published: '2026-01-03T08:00:00Z',
        author: 'Ann Lee',
      }),
      '',
      JSON.stringify({ title: 'No body at all' }),
    ];
    const path = file('articles.jsonl', `${lines.join('\n')}\n`);
    const outcomes = await ingestAll([path], { store });
    expect(outcomes.map((o) => [o.input.slice(path.length), o.status, o.code])).toEqual([
      ['#1', 'added', undefined],
      ['#2', 'rejected', 'MALFORMED_INPUT'],
      ['#3', 'added', undefined],
      ['#5', 'rejected', 'NO_CONTENT'],
    ]);
    const three = await store.getDocument(outcomes[2].id!);
    expect(three!.meta).toMatchObject({
      title: 'Three',
      authors: ['Ann Lee'],
      published: '2026-01-03T08:00:00Z',
    });
  });

  it('streams a JSON Lines file larger than the size cap', async () => {
    const body = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ title: `Item ${i}`, text: story(200 + i).paragraphs.join('\n\n') }),
    ).join('\n');
    const outcomes = await ingestAll([file('many.ndjson', body)], { store, maxSizeMb: 0.1 });
    expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(300);
  });

  it('sniffs uploaded bytes by their name as well as their content', async () => {
    const lines = [1, 2].map((i) =>
      JSON.stringify({ title: `Upload ${i}`, text: story(70 + i).paragraphs.join('\n\n') }),
    );
    const blob = {
      source: 'upload.jsonl',
      bytes: new TextEncoder().encode(lines.join('\n')),
      fetchedAt: new Date().toISOString(),
      contentType: null,
    };
    const outcomes = [];
    for await (const o of ingestBlobs([blob], { store })) outcomes.push(o);
    expect(outcomes.map((o) => [o.input, o.status])).toEqual([
      ['upload.jsonl#1', 'added'],
      ['upload.jsonl#2', 'added'],
    ]);
  });

  it('reads a schema.org NewsArticle in JSON-LD', async () => {
    const s = story(31);
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example' },
        {
          '@type': 'NewsArticle',
          headline: s.title,
          articleBody: s.paragraphs.join('\n\n'),
          datePublished: '2026-01-04T12:00:00+01:00',
          author: [{ '@type': 'Person', name: 'Mara Quist' }],
          publisher: { '@type': 'Organization', name: 'The Example Ledger' },
          mainEntityOfPage: { '@id': 'https://ledger.example/story' },
        },
      ],
    };
    const [o] = await ingestAll([file('article.jsonld', JSON.stringify(ld))], { store });
    expect(o.status).toBe('added');
    const doc = await store.getDocument(o.id!);
    expect(doc!.meta).toMatchObject({
      title: s.title,
      authors: ['Mara Quist'],
      published: '2026-01-04T12:00:00+01:00',
      publishedFrom: 'json-ld',
      outlet: 'The Example Ledger',
      url: 'https://ledger.example/story',
    });
  });
});

describe('character encoding', () => {
  const paragraphs = [
    'Министр транспорта заявил во вторник, что новый мост через реку откроют для движения до конца года.',
    'Строительство задержалось из-за поставок стали, однако подрядчик уверяет, что основные работы уже завершены.',
    'Местные предприниматели надеются, что мост сократит время в пути до областного центра почти вдвое.',
    'Окончательную дату открытия назовут после проверки конструкции независимой комиссией.',
  ];
  const page = (head: string) =>
    `<html><head>${head}<title>Новый мост</title></head><body><article><h1>Новый мост</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=windows-1251' })
        .end(iconv.encode(page(''), 'windows-1251')),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('reads a windows-1251 page by its meta charset, by detection, and by the HTTP header', async () => {
    const labelled = file(
      'ru-meta.html',
      iconv.encode(page('<meta charset="windows-1251">'), 'windows-1251'),
    );
    const unlabelled = file('ru-plain.html', iconv.encode(page(''), 'windows-1251'));
    const outcomes = await ingestAll([labelled, unlabelled, `${base}/ru`], { store, allowPrivate: true });
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'duplicate', 'duplicate']);
    const doc = await store.getDocument(outcomes[0].id!);
    expect(doc!.text).toContain(paragraphs[1]);
  });
});
