import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openInput } from './open-input.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const opts = { allowPrivate: false, maxBytes: 4096 };
const open = (path: string) => openInput({ kind: 'file', source: path }, opts);

describe('openInput', () => {
  it('picks the reader by content when the name says nothing', async () => {
    const cases: [string, string][] = [
      ['<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'feed'],
      ['<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed'],
      ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
      ['{"title": "t", "text": "b"}', 'json'],
      ['{"title": "a"}\n{"title": "b"}\n', 'jsonl'],
      ['WARC/1.1\r\nWARC-Type: warcinfo\r\n', 'warc'],
      ['Just a line of plain prose.\nAnd another.', 'text'],
    ];
    for (const [i, [content, reader]] of cases.entries()) {
      expect((await open(file(`input-${i}`, content))).reader.name, content).toBe(reader);
    }
  });

  it('lets a known extension decide when the content is ambiguous', async () => {
    expect((await open(file('notes.md', '# Heading\n\nText.'))).reader.name).toBe('text');
    expect((await open(file('page.htm', 'Hello <b>there</b>'))).reader.name).toBe('html');
  });

  it('refuses an input above the cap from its size, but streams JSON Lines past it', async () => {
    const big = `<p>${'word '.repeat(2000)}</p>`;
    await expect(open(file('big.html', big))).rejects.toMatchObject({ code: 'TOO_LARGE' });
    const lines = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({ title: `t${i}`, text: 'body text' }),
    ).join('\n');
    const jsonl = await open(file('many.jsonl.gz', gzipSync(lines)));
    expect(jsonl.reader.name).toBe('jsonl');
    expect(jsonl.blob.stream).toBeDefined();
  });

  it('unpacks gzipped HTML and rejects damaged gzip', async () => {
    const html = await open(file('page.html.gz', gzipSync('<html><body><p>zipped page</p></body></html>')));
    expect(html.reader.name).toBe('html');
    expect(new TextDecoder().decode(html.blob.bytes)).toContain('zipped page');
    await expect(
      open(file('broken.gz', new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6]))),
    ).rejects.toMatchObject({
      code: 'MALFORMED_INPUT',
    });
  });
});
