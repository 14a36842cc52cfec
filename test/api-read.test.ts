// The read API against a real server on a free port: list, paginate, filter, get, search, errors as JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDoc, sampleDocs, startTestServer, type TestServer } from './api-fixtures.js';

let t: TestServer;
const get = (path: string) => fetch(`${t.server.url}${path}`);

beforeAll(async () => {
  const extra = makeDoc('A quiet text with no date about the lighthouse keeper and her logbook.', {
    title: 'The keeper',
    outlet: 'Coast Notes',
    genre: 'blog',
  });
  const withLayers = makeDoc(
    'Mayor Ana Ruiz said the port reopens on Monday.',
    { title: 'Port reopens', outlet: 'Harbor Post', published: '2026-02-02', genre: 'report' },
    {
      layers: { entities: [{ start: 6, end: 14, label: 'PERSON', prov: { component: 'fixture' } }] },
      removed: [{ text: 'Subscribe to our newsletter', reason: 'promo', at: 47 }],
    },
  );
  t = await startTestServer([...sampleDocs(30), extra, withLayers]);
});
afterAll(() => t?.stop());

describe('GET /api/docs', () => {
  it('lists summaries with the total', async () => {
    const res = await get('/api/docs?limit=10');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.total).toBe(32);
    expect(body.items).toHaveLength(10);
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        'authors',
        'genre',
        'id',
        'language',
        'outlet',
        'published',
        'source',
        'syndicatedFrom',
        'title',
        'words',
      ].sort(),
    );
  });

  it('paginates without overlap or gaps', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 40; offset += 7) {
      const body = await (await get(`/api/docs?limit=7&offset=${offset}`)).json();
      seen.push(...body.items.map((d: { id: string }) => d.id));
    }
    expect(seen).toHaveLength(32);
    expect(new Set(seen).size).toBe(32);
  });

  it('filters by outlet, genre and date range, with a matching total', async () => {
    const byOutlet = await (await get('/api/docs?outlet=Harbor%20Post&limit=500')).json();
    expect(byOutlet.total).toBe(11);
    expect(byOutlet.items.every((d: { outlet: string }) => d.outlet === 'Harbor Post')).toBe(true);
    const byGenre = await (await get('/api/docs?genre=blog')).json();
    expect(byGenre.items.map((d: { title: string }) => d.title)).toEqual(['The keeper']);
    const range = await (await get('/api/docs?from=2026-01-05&to=2026-01-06&limit=500')).json();
    expect(range.items.map((d: { published: string }) => d.published).sort()).toEqual([
      '2026-01-05',
      '2026-01-06',
    ]);
    const some = (await (await get('/api/docs?limit=3')).json()).items.map((d: { id: string }) => d.id);
    const byIds = await (await get(`/api/docs?ids=${[some[2], some[0], 'ffff'].join(',')}`)).json();
    expect(byIds.items.map((d: { id: string }) => d.id)).toEqual([some[2], some[0]]);
    const month = await (await get('/api/docs?from=2026-02&to=2026-02')).json();
    expect(month.items.map((d: { title: string }) => d.title)).toEqual(['Port reopens']);
  });

  it('answers bad parameters with 400 JSON naming the parameter', async () => {
    for (const q of ['limit=abc', 'limit=0', 'limit=100000', 'offset=-1', 'genre=poetry', 'from=yesterday']) {
      const res = await get(`/api/docs?${q}`);
      expect(res.status, q).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toContain(q.split('=')[0]);
    }
  });
});

describe('GET /api/docs/:id', () => {
  it('returns text, layers and removed blocks', async () => {
    const list = await (await get('/api/docs?genre=report&from=2026-02')).json();
    const id = list.items[0].id;
    const doc = await (await get(`/api/docs/${id}`)).json();
    expect(doc.text).toContain('Mayor Ana Ruiz');
    expect(doc.layers.entities[0]).toMatchObject({ start: 6, end: 14, label: 'PERSON' });
    expect(doc.removed).toEqual([{ text: 'Subscribe to our newsletter', reason: 'promo', at: 47 }]);
    const byPrefix = await (await get(`/api/docs/${id.slice(0, 8)}`)).json();
    expect(byPrefix.id).toBe(id);
  });

  it('answers an unknown id with 404 JSON', async () => {
    const res = await get('/api/docs/ffffffffffffffff');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});

describe('search, overview, stages, openapi', () => {
  it('finds documents by words in their text', async () => {
    const body = await (await get('/api/search?q=lighthouse')).json();
    expect(body.items.map((h: { title: string }) => h.title)).toEqual(['The keeper']);
    expect((await get('/api/search?q=')).status).toBe(400);
  });

  it('reports key figures from the stored documents', async () => {
    const o = await (await get('/api/overview')).json();
    expect(o.documents).toBe(32);
    expect(o.outlets).toBe(4);
    expect(o.undated).toBe(1);
    expect(o.dateRange).toEqual({ from: '2026-01-01', to: '2026-02-02' });
    expect(o.latest[0].title).toBe('Port reopens');
    const sources = await (await get('/api/sources')).json();
    expect(sources.items[0]).toMatchObject({ name: 'Harbor Post', documents: 11 });
  });

  it('says why a stage without data is empty', async () => {
    const claims = await (await get('/api/claims')).json();
    expect(claims.items).toEqual([]);
    expect(claims.stage.available).toBe(false);
    expect(claims.stage.note).toMatch(/claim extraction/);
  });

  it('publishes an OpenAPI 3.1 document covering every route', async () => {
    const doc = await (await get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const p of [
      '/api/docs',
      '/api/docs/{id}',
      '/api/search',
      '/api/ingest',
      '/api/health',
      '/api/claims',
    ]) {
      expect(doc.paths[p], p).toBeDefined();
    }
    const limit = doc.paths['/api/docs'].get.parameters.find((x: { name: string }) => x.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', maximum: 500 });
  });

  it('answers unknown endpoints with 404 JSON and sends no CORS headers', async () => {
    const res = await fetch(`${t.server.url}/api/nope`, { headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
