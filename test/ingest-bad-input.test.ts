// Bad input in one `dossier ingest` call: every input gets its own clear status, the good files land,
// nothing huge is loaded, and the store holds exactly what was reported as added.
import { execFile } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/app.js';
import { story, storyHtml, storyText } from './ingest-fixtures.js';
import { dossierBin } from './shared.js';

interface Outcome {
  input: string;
  status: 'added' | 'duplicate' | 'rejected';
  id?: string;
  reason?: string;
  code?: string;
}

const russianParagraphs = [
  'Городской совет в понедельник утвердил новый план ремонта набережной, сообщили в пресс-службе администрации.',
  'По словам чиновников, работы начнутся весной и продлятся около двух лет, а стоимость проекта пока уточняется.',
  'Жители района неоднократно жаловались на состояние дорожек и освещения, и депутаты пообещали учесть их замечания.',
  'Следующее заседание совета, на котором будет обсуждаться бюджет, назначено на конец месяца.',
];

let dir: string;
let server: Server;
let port: number;

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', [dossierBin, ...args], { maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-bad-input-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'empty.txt'), '');
  writeFileSync(
    join(inbox, 'picture.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  writeFileSync(join(inbox, 'paper.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
  writeFileSync(
    join(inbox, 'broken-feed.xml'),
    '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Half a',
  );
  const full = storyHtml(story(1));
  writeFileSync(
    join(inbox, 'truncated.html'),
    full.slice(0, full.indexOf('<p>', full.indexOf('<p>', full.indexOf('<p>') + 1) + 1) + 500),
  );
  const ru = `<html><head><meta charset="windows-1251"><title>Ремонт набережной</title></head><body><article><h1>Ремонт набережной</h1>${russianParagraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  writeFileSync(join(inbox, 'russian-1251.html'), iconv.encode(ru, 'windows-1251'));
  writeFileSync(join(inbox, 'good.md'), storyText(story(2)));
  writeFileSync(join(inbox, 'good.html'), storyHtml(story(3)));
  // 200 MB of text, written in 1 MB pieces: ingest must refuse it from its size, never read it whole.
  const fd = openSync(join(inbox, 'huge.txt'), 'w');
  const mb = Buffer.from(`${'All work and no play makes a long file. '.repeat(26214)}\n`.slice(0, 1 << 20));
  for (let i = 0; i < 200; i++) writeSync(fd, mb);
  closeSync(fd);

  server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(storyHtml(story(9))),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dossier ingest on bad input', () => {
  it('gives each bad input its own status, lands all good files and keeps the store consistent', async () => {
    const db = join(dir, 'bad.db');
    const inbox = join(dir, 'inbox');
    const local = `http://127.0.0.1:${port}/story`;
    const { code, stdout } = await run([
      '--db',
      db,
      'ingest',
      inbox,
      'http://unreachable.invalid/story',
      local,
      '--json',
    ]);
    expect(code).toBe(2);
    const outcomes = JSON.parse(stdout) as Outcome[];
    const by = (name: string) => outcomes.filter((o) => o.input.endsWith(name));
    const one = (name: string) => {
      const found = by(name);
      expect(found, name).toHaveLength(1);
      return found[0];
    };

    expect(one('empty.txt')).toMatchObject({ status: 'rejected', code: 'EMPTY_INPUT' });
    expect(one('picture.png')).toMatchObject({ status: 'rejected', code: 'BINARY_INPUT' });
    expect(one('paper.pdf')).toMatchObject({ status: 'rejected', code: 'UNSUPPORTED_INPUT' });
    expect(one('paper.pdf').reason).toContain('convert to text or HTML first');
    expect(one('broken-feed.xml')).toMatchObject({ status: 'rejected', code: 'MALFORMED_INPUT' });
    expect(one('huge.txt')).toMatchObject({ status: 'rejected', code: 'TOO_LARGE' });
    expect(one('huge.txt').reason).toMatch(/200 MB is above the 50 MB cap.*--max-size/);
    expect(one('unreachable.invalid/story')).toMatchObject({ status: 'rejected', code: 'FETCH_FAILED' });
    expect(one(local)).toMatchObject({ status: 'rejected', code: 'PRIVATE_ADDRESS' });
    expect(one(local).reason).toContain('--allow-private');
    for (const good of ['truncated.html', 'russian-1251.html', 'good.md', 'good.html']) {
      expect(one(good), good).toMatchObject({ status: 'added', id: expect.any(String) });
    }
    expect(outcomes).toHaveLength(11);

    const store = await openStore(db);
    try {
      const added = outcomes.filter((o) => o.status === 'added');
      expect(await store.countDocuments()).toBe(added.length);
      for (const o of added) expect(await store.getDocument(o.id!)).not.toBeNull();
      const ru = await store.getDocument(one('russian-1251.html').id!);
      expect(ru!.text).toContain('утвердил новый план ремонта набережной');
      const truncated = await store.getDocument(one('truncated.html').id!);
      expect(truncated!.text).toContain('public hearings');
    } finally {
      await store.close();
    }
  });

  it('fetches the same local URL when private addresses are allowed, and exits 0 when all land', async () => {
    const db = join(dir, 'private.db');
    const { code, stdout } = await run([
      '--db',
      db,
      'ingest',
      `http://127.0.0.1:${port}/story`,
      '--allow-private',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ status: 'added' })]);
  });
});
