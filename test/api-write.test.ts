// Writes and guards against a real server: the token beyond loopback, origin and host checks, body limits,
// ingest wiring, and an entity correction that the next read reflects.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestVia, startServer } from '../src/api/index.js';
import type { Entity } from '../src/resolve/entity.js';
import { sampleDocs, startTestServer, type TestServer } from './api-fixtures.js';

const TOKEN = 'test-token-5f0c';

function entity(id: string, name: string, aliases: string[] = []): Entity {
  return { id, name, type: 'PERSON', aliases, roles: [], mentions: { d1: 2 }, merges: [] };
}

describe('a server bound beyond loopback', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(sampleDocs(3), { host: '0.0.0.0', token: TOKEN });
    await t.store.putCorpusItems('entity', [
      { id: 'e-ana', data: entity('e-ana', 'Ana Ruiz', ['Mayor Ruiz']) },
      { id: 'e-ruiz', data: entity('e-ruiz', 'A. Ruiz') },
    ]);
  });
  afterAll(() => t?.stop());
  const url = (p: string) => `http://127.0.0.1:${t.server.port}${p}`;

  it('refuses to start without a token', async () => {
    await expect(startServer({ store: t.store, host: '0.0.0.0', port: 0, webRoot: null })).rejects.toThrow(
      /without a token/,
    );
  });

  it('refuses writes without the token, or with a wrong one, as 401 JSON', async () => {
    for (const auth of [undefined, 'Bearer wrong', `Basic ${TOKEN}`]) {
      const res = await fetch(url('/api/ingest'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body: JSON.stringify({ urls: ['https://example.org/a'] }),
      });
      expect(res.status, String(auth)).toBe(401);
      expect((await res.json()).error.code).toBe('UNAUTHORIZED');
    }
    const correction = await fetch(url('/api/entities/e-ana/corrections'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ op: 'rename', name: 'Mallory' }),
    });
    expect(correction.status).toBe(401);
  });

  it('keeps reads open', async () => {
    expect((await fetch(url('/api/docs'))).status).toBe(200);
  });

  it('applies an entity correction sent with the token', async () => {
    const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const merge = await fetch(url('/api/entities/e-ruiz/corrections'), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ op: 'merge', into: 'e-ana' }),
    });
    expect(merge.status).toBe(200);
    const rename = await fetch(url('/api/entities/e-ana/corrections'), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ op: 'rename', name: 'Ana María Ruiz' }),
    });
    expect(rename.status).toBe(200);
    const list = await (await fetch(url('/api/entities'))).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: 'e-ana', name: 'Ana María Ruiz', mentions: 4 });
    expect(list.items[0].aliases).toEqual(expect.arrayContaining(['A. Ruiz', 'Ana Ruiz']));
    const bad = await fetch(url('/api/entities/e-ana/corrections'), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ op: 'split', alias: 'Nobody' }),
    });
    expect(bad.status).toBe(400);
    const unknown = await fetch(url('/api/entities/nope/corrections'), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ op: 'rename', name: 'X' }),
    });
    expect(unknown.status).toBe(404);
  });

  it('answers 501 on ingest when no ingest function is wired, 413 on an oversized body', async () => {
    const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const res = await fetch(url('/api/ingest'), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ urls: ['https://example.org/a'] }),
    });
    expect(res.status).toBe(501);
    const big = await fetch(url('/api/entities/e-ana/corrections'), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ op: 'rename', name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('TOO_LARGE');
  });
});

describe('a loopback server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(sampleDocs(2), {
      ingest: async ({ files, urls }) => [
        ...files.map((f) => ({
          input: f.source,
          status: 'rejected' as const,
          code: 'EMPTY_INPUT',
          reason: `${f.bytes.length} bytes`,
        })),
        ...urls.map((u) => ({
          input: u,
          status: 'rejected' as const,
          code: 'FETCH_FAILED',
          reason: 'offline',
        })),
      ],
    });
  });
  afterAll(() => t?.stop());

  it('accepts writes without a token from its own origin, and refuses other origins', async () => {
    const files = new FormData();
    files.append('files', new Blob(['hello']), 'a.txt');
    files.append('files', new Blob(['']), 'b.txt');
    const ok = await fetch(`${t.server.url}/api/ingest`, { method: 'POST', body: files });
    expect(ok.status).toBe(200);
    expect(
      (await ok.json()).results.map((r: { input: string; reason: string }) => [r.input, r.reason]),
    ).toEqual([
      ['a.txt', '5 bytes'],
      ['b.txt', '0 bytes'],
    ]);
    const cross = await fetch(`${t.server.url}/api/ingest`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: files,
    });
    expect(cross.status).toBe(403);
  });

  it('validates the JSON body of an ingest', async () => {
    for (const body of ['{"urls": []}', '{"urls": ["file:///etc/passwd"]}', 'not json']) {
      const res = await fetch(`${t.server.url}/api/ingest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status, body).toBe(400);
    }
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: t.server.port, path: '/api/docs', headers: { host: 'attacker.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

describe('ingest through the real pipeline', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer([], (store) => ({ ingest: ingestVia(store) }));
  });
  afterAll(() => t?.stop());

  it('adds uploaded files under their names, rejects bad ones with a reason, and lists them', async () => {
    const html = `<html><head><title>Pier vote</title></head><body><article><h1>Pier vote</h1>${'<p>The harbour council voted to rebuild the north pier after a long debate about its cost and schedule.</p>'.repeat(4)}</article></body></html>`;
    const form = new FormData();
    form.append('files', new Blob([html], { type: 'text/html' }), 'pier.html');
    form.append('files', new Blob(['   ']), 'blank.txt');
    const res = await fetch(`${t.server.url}/api/ingest`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results).toEqual([
      expect.objectContaining({ input: 'pier.html', status: 'added', id: expect.any(String) }),
      expect.objectContaining({ input: 'blank.txt', status: 'rejected', code: 'EMPTY_INPUT' }),
    ]);
    const again = await (await fetch(`${t.server.url}/api/ingest`, { method: 'POST', body: form })).json();
    expect(again.results[0]).toMatchObject({ status: 'duplicate', id: results[0].id });
    const docs = await (await fetch(`${t.server.url}/api/docs`)).json();
    expect(docs.items).toEqual([
      expect.objectContaining({ id: results[0].id, source: 'pier.html', title: 'Pier vote' }),
    ]);
  });

  it('refuses a URL on a private address, as the CLI does', async () => {
    const res = await fetch(`${t.server.url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls: [`${t.server.url}/api/health`] }),
    });
    const { results } = await res.json();
    expect(results).toEqual([expect.objectContaining({ status: 'rejected', code: 'PRIVATE_ADDRESS' })]);
  });
});
