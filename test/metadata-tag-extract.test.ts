// `dossier tag extract` end to end: the real binary on a gzip-compressed HTML page and on text from
// stdin, in both output formats.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dossierBin } from './shared.js';

const body = (n: number) =>
  `Engineers said on Friday that the tunnel under the river would take ${n} more months to finish, after flooding damaged the pumps last winter.`;

const html = `<!doctype html><html lang="en"><head><title>Tunnel delayed again - River Post</title>
<meta property="og:site_name" content="River Post"><meta name="author" content="Kim Park">
<meta property="article:published_time" content="2023-11-02T09:00:00Z"></head><body>
<article><h1>Tunnel delayed again</h1><p>${body(4)}</p><p>Read more: Pumps fail in storm</p>
<p>${body(6)}</p><p>${body(8)}</p></article></body></html>`;

function run(args: string[], input?: string) {
  const r = spawnSync('node', [dossierBin, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('dossier tag extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-extract-'));
  const page = join(dir, 'page.html.gz');
  writeFileSync(page, gzipSync(html));

  it('prints the body of a gzip-compressed page as text', () => {
    const r = run(['tag', 'extract', page]);
    expect(r.code).toBe(0);
    const paragraphs = r.out.trim().split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(r.out).not.toContain('Read more');
  });

  it('prints body, metadata and removed segments as JSON', () => {
    const r = run(['tag', 'extract', page, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.metadata).toMatchObject({
      title: 'Tunnel delayed again',
      authors: ['Kim Park'],
      published: '2023-11-02T09:00:00Z',
      outlet: 'River Post',
      language: 'en',
    });
    expect(j.removed).toEqual([
      { text: 'Read more: Pumps fail in storm', reason: 'related', at: expect.any(Number) },
    ]);
    expect(j.body.startsWith('Engineers said')).toBe(true);
  });

  it('reads text from stdin', () => {
    const r = run(
      ['tag', 'extract', '-', '--format', 'json'],
      `Tunnel Delayed Again\n\nBy Kim Park\n\n${body(4)}\n\n${body(6)}`,
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.metadata.title).toBe('Tunnel Delayed Again');
    expect(j.metadata.authors).toEqual(['Kim Park']);
    expect(j.removed.map((x: { reason: string }) => x.reason)).toEqual(['title', 'byline']);
  });

  it('fails with a clear message on a missing file or a bad format', () => {
    const missing = run(['tag', 'extract', join(dir, 'nope.html')]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/no such file/);
    const bad = run(['tag', 'extract', page, '--format', 'xml']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/use text or json/);
  });
});
