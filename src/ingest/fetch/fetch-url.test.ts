import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_AGENT } from '../limits.js';
import { fetchUrl } from './fetch-url.js';

let server: Server;
let base: string;
let lastUserAgent = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    lastUserAgent = req.headers['user-agent'] ?? '';
    const path = req.url ?? '/';
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Hello</p>');
    } else if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' }).end();
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(3 * 1024 * 1024));
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' }).end('png');
    } else if (path === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    } else if (path === '/gz') {
      res
        .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
        .end(gzipSync('<p>zipped</p>'));
    } else if (path === '/missing') {
      res.writeHead(404).end();
    } else if (path === '/slow') {
      setTimeout(() => res.writeHead(200).end('late'), 3000);
    } else res.writeHead(500).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const local = { allowPrivate: true, maxBytes: 1024 * 1024 };

describe('fetchUrl', () => {
  it('fetches a page with a clear User-Agent and keeps its content type', async () => {
    const blob = await fetchUrl(`${base}/page`, local);
    expect(new TextDecoder().decode(blob.bytes)).toBe('<p>Hello</p>');
    expect(blob.contentType).toBe('text/html; charset=utf-8');
    expect(lastUserAgent).toBe(USER_AGENT);
  });

  it('refuses loopback addresses unless private networks are allowed, also behind a host name', async () => {
    await expect(fetchUrl(`${base}/page`, { ...local, allowPrivate: false })).rejects.toMatchObject({
      code: 'PRIVATE_ADDRESS',
    });
    const port = new URL(base).port;
    await expect(
      fetchUrl(`http://localhost:${port}/page`, { ...local, allowPrivate: false }),
    ).rejects.toMatchObject({
      code: 'PRIVATE_ADDRESS',
      message: expect.stringContaining('--allow-private'),
    });
    // Other spellings of loopback: IPv4-mapped IPv6, a decimal integer host, the unspecified address.
    for (const host of ['[::ffff:127.0.0.1]', '2130706433', '0.0.0.0', '[::1]']) {
      await expect(
        fetchUrl(`http://${host}:${port}/page`, { ...local, allowPrivate: false }),
        host,
      ).rejects.toMatchObject({
        code: 'PRIVATE_ADDRESS',
      });
    }
  });

  it('follows redirects up to the limit and no further', async () => {
    const blob = await fetchUrl(`${base}/hop/2`, local);
    expect(blob.source).toBe(`${base}/page`);
    await expect(fetchUrl(`${base}/hop/9`, { ...local, maxRedirects: 3 })).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringContaining('more than 3 redirects'),
    });
  });

  it('stops reading past the size cap', async () => {
    await expect(fetchUrl(`${base}/big`, local)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringContaining('--max-size'),
    });
  });

  it('checks the content type and decompresses gzip', async () => {
    await expect(fetchUrl(`${base}/image`, local)).rejects.toMatchObject({ code: 'BINARY_INPUT' });
    await expect(fetchUrl(`${base}/pdf`, local)).rejects.toMatchObject({ code: 'UNSUPPORTED_INPUT' });
    const blob = await fetchUrl(`${base}/gz`, local);
    expect(new TextDecoder().decode(blob.bytes)).toBe('<p>zipped</p>');
  });

  it('reports HTTP errors, unresolvable hosts, timeouts and other schemes', async () => {
    await expect(fetchUrl(`${base}/missing`, local)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(fetchUrl('http://no-such-host.invalid/', local)).rejects.toMatchObject({
      code: 'FETCH_FAILED',
    });
    await expect(fetchUrl(`${base}/slow`, { ...local, timeoutMs: 300 })).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringContaining('within 0.3 s'),
    });
    await expect(fetchUrl('ftp://example.org/x', local)).rejects.toMatchObject({ code: 'UNSUPPORTED_INPUT' });
  });
});
