// The knowledge endpoints read through each stage's own listing: quotes from the documents' quote layers,
// events and the relations aggregated from them, entities on the map; and each says why it is empty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierEvent } from '../src/events/event.js';
import type { Entity } from '../src/resolve/entity.js';
import { makeDoc, startTestServer, type TestServer } from './api-fixtures.js';

let t: TestServer;
const get = async (path: string) => (await fetch(`${t.server.url}${path}`)).json();
const text =
  '“The pier will be rebuilt,” Mayor Ana Ruiz said on Tuesday. The council fined the port company.';

beforeAll(async () => {
  t = await startTestServer([]);
});
afterAll(() => t?.stop());

describe('before any stage has run', () => {
  it('answers every knowledge endpoint with an empty list and a reason', async () => {
    for (const name of ['timeline', 'events', 'quotes', 'entities', 'claims', 'reactions']) {
      const body = await get(`/api/${name}`);
      expect(body.items, name).toEqual([]);
      expect(body.stage.available, name).toBe(false);
      expect(body.stage.note, name).toMatch(/^No /);
    }
    const graph = await get('/api/graph');
    expect(graph.edges).toEqual([]);
    expect(graph.stage.note).toMatch(/No relations/);
    const map = await get('/api/map');
    expect(map.countries).toEqual([]);
  });
});

describe('once stages have written', () => {
  let docId: string;
  beforeAll(async () => {
    const doc = makeDoc(
      text,
      { title: 'Pier', outlet: 'Harbor Post', published: '2026-01-06' },
      {
        layers: {
          quotes: [
            {
              start: 1,
              end: 26,
              label: 'QUOTE_DIRECT',
              prov: { component: 'fixture' },
              attrs: { direct: true, speaker: { name: 'Ana Ruiz', entityId: 'e-ana' }, role: 'Mayor' },
            },
          ],
        },
      },
    );
    const added = await t.store.addDocument(doc);
    docId = added.id;
    const ev = (start: number, end: number) => ({ docId, start, end, text: text.slice(start, end) });
    const ana: Entity = {
      id: 'e-ana',
      name: 'Ana Ruiz',
      type: 'PERSON',
      aliases: [],
      roles: [],
      mentions: { [docId]: 1 },
      merges: [],
    };
    const es: Entity = {
      id: 'e-es',
      name: 'Spain',
      type: 'GPE',
      aliases: [],
      roles: [],
      mentions: { [docId]: 3 },
      merges: [],
      country: 'ES',
    };
    await t.store.putCorpusItems('entity', [
      { id: ana.id, data: ana, docIds: [docId] },
      { id: es.id, data: es, docIds: [docId] },
    ]);
    const event: DossierEvent = {
      id: 'ev-1',
      code: '172',
      type: 'coerce',
      label: 'fine',
      sub: null,
      goldstein: -5,
      actor: { entityId: 'e-ana', name: 'Ana Ruiz', type: 'PERSON' },
      target: { entityId: 'e-es', name: 'Spain', type: 'GPE' },
      modality: 'asserted',
      time: '2026-01-06',
      place: null,
      patterns: ['fixture'],
      evidence: [ev(text.indexOf('The council'), text.length)],
    };
    await t.store.putCorpusItems('event', [{ id: event.id, data: event, docIds: [docId] }]);
  });

  it('lists quotes from the quote layers, filterable by speaker, with evidence', async () => {
    const body = await get('/api/quotes');
    expect(body.stage.available).toBe(true);
    expect(body.items).toHaveLength(1);
    expect(body.items[0].data).toMatchObject({
      text: text.slice(1, 26),
      direct: true,
      speaker: { name: 'Ana Ruiz' },
    });
    expect(body.items[0].data.evidence[0]).toEqual({ docId, start: 1, end: 26, text: text.slice(1, 26) });
    expect((await get('/api/quotes?speaker=nobody')).items).toEqual([]);
  });

  it('lists events and draws their relation in the graph with evidence', async () => {
    const events = await get('/api/events?entity=e-ana');
    expect(events.items.map((i: { id: string }) => i.id)).toEqual(['ev-1']);
    const graph = await get('/api/graph');
    expect(graph.edges).toHaveLength(1);
    expect(graph.edges[0]).toMatchObject({ source: 'e-ana', target: 'e-es', count: 1, docIds: [docId] });
    expect(graph.edges[0].evidence[0].text).toBe('The council fined the port company.');
    const co = await get('/api/graph?mode=co-mention');
    expect(co.edges[0]).toMatchObject({ type: 'co-mention', docIds: [docId] });
  });

  it('shades countries by the mentions of the entities that stand for them', async () => {
    const map = await get('/api/map');
    expect(map.countries).toEqual([
      {
        code: 'ES',
        numeric: '724',
        mentions: 3,
        entities: [{ id: 'e-es', name: 'Spain', type: 'GPE', mentions: 3 }],
      },
    ]);
  });

  it('shows the stages with data on the overview', async () => {
    const o = await get('/api/overview');
    const status = Object.fromEntries(
      o.stages.map((s: { name: string; available: boolean }) => [s.name, s.available]),
    );
    expect(status).toMatchObject({ entities: true, events: true, quotes: true, claims: false });
  });
});

describe('timeline lanes, mentions over time and graph filters', () => {
  let first: string;
  let second: string;
  const later = 'Ana Ruiz met Spanish envoys about the pier. She called it useful.';
  beforeAll(async () => {
    const docs = await t.store.listDocuments();
    first = docs[0].id;
    const added = await t.store.addDocument(
      makeDoc(later, { title: 'Envoys', outlet: 'Valley Ledger', published: null }),
    );
    second = added.id;
    const ev = (docId: string, body: string) => ({ docId, start: 0, end: body.length, text: body });
    await t.store.putCorpusItems('entity', [
      {
        id: 'e-ana',
        data: {
          id: 'e-ana',
          name: 'Ana Ruiz',
          type: 'PERSON',
          aliases: ['Mayor Ruiz'],
          roles: [],
          mentions: { [first]: 1, [second]: 2 },
          merges: [],
        } satisfies Entity,
        docIds: [first, second],
      },
    ]);
    const meeting: DossierEvent = {
      id: 'ev-2',
      code: '040',
      type: 'consult',
      label: 'meet',
      sub: null,
      goldstein: 1,
      actor: { entityId: 'e-ana', name: 'Ana Ruiz', type: 'PERSON' },
      target: { entityId: 'e-es', name: 'Spain', type: 'GPE' },
      modality: 'asserted',
      time: '2025-12',
      place: null,
      patterns: ['fixture'],
      evidence: [ev(second, later)],
    };
    await t.store.putCorpusItems('event', [{ id: meeting.id, data: meeting, docIds: [second] }]);
    const mention = {
      id: `${first}:t0`,
      docId: first,
      value: '2026-01-06',
      start: '2026-01-06',
      end: '2026-01-07',
      granularity: 'day',
      timeSource: 'explicit',
      label: 'the council fined the port company',
      actors: ['Mayor Ruiz', 'Spain', 'the council'],
      actorKeys: ['ruiz', 'spain'],
      terms: ['coerce'],
      evidence: { docId: first, start: 0, end: text.length, text },
      reportTime: '2026-01-06',
      rule: 'fixture',
    };
    await t.store.putCorpusItems('timeline-mentions', [{ id: first, data: [mention], docIds: [first] }]);
  });

  it('gives each timeline item its actors resolved to entities and the sources of its evidence', async () => {
    const body = await get('/api/timeline');
    expect(body.items).toHaveLength(1);
    const item = body.items[0].data;
    expect(item.actorEntities).toEqual([
      { id: 'e-ana', name: 'Ana Ruiz' },
      { id: 'e-es', name: 'Spain' },
    ]);
    expect(item.sources).toEqual([{ key: 'outlet:Harbor Post', name: 'Harbor Post', docIds: [first] }]);
  });

  it('counts an entity’s mentions per day, week and month, with undated articles apart', async () => {
    const day = await get('/api/entities/e-ana/mentions-over-time');
    expect(day).toMatchObject({
      id: 'e-ana',
      by: 'day',
      buckets: [{ period: '2026-01-06', mentions: 1, docs: 1 }],
      undated: { mentions: 2, docs: 1 },
    });
    const week = await get('/api/entities/e-ana/mentions-over-time?by=week');
    expect(week.buckets).toEqual([{ period: '2026-01-05', mentions: 1, docs: 1 }]);
    const month = await get('/api/entities/Ana%20Ruiz/mentions-over-time?by=month');
    expect(month.buckets).toEqual([{ period: '2026-01', mentions: 1, docs: 1 }]);
    const missing = await fetch(`${t.server.url}/api/entities/e-nobody/mentions-over-time`);
    expect(missing.status).toBe(404);
    const bad = await fetch(`${t.server.url}/api/entities/e-ana/mentions-over-time?by=year`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('BAD_REQUEST');
  });

  it('narrows the graph to a time range and a source', async () => {
    const edges = async (q: string) =>
      (await get(`/api/graph${q}`)).edges.map((e: { type: string }) => e.type).sort();
    expect(await edges('')).toEqual(['coerce', 'consult']);
    expect(await edges('?source=outlet:Harbor%20Post')).toEqual(['coerce']);
    expect(await edges('?source=outlet:Valley%20Ledger')).toEqual(['consult']);
    expect(await edges('?from=2026-01-01')).toEqual(['coerce']);
    expect(await edges('?to=2025-12-31')).toEqual(['consult']);
    expect(await edges('?from=2025-12-15&to=2025-12-20')).toEqual(['consult']);
    const none = await get('/api/graph?from=2027');
    expect(none.stage).toMatchObject({ available: true, note: 'No relations match these filters.' });
    expect(none.filtered).toBe(true);
    const all = await get('/api/graph');
    expect(all.filtered).toBe(false);
    expect(all.sources.map((s: { key: string }) => s.key).sort()).toEqual([
      'outlet:Harbor Post',
      'outlet:Valley Ledger',
    ]);
    const co = await get('/api/graph?mode=co-mention&source=outlet:Valley%20Ledger');
    expect(co.edges.every((e: { docIds: string[] }) => e.docIds.every((d) => d === second))).toBe(true);
    const bad = await fetch(`${t.server.url}/api/graph?source=nowhere`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/No source "nowhere"/);
    const badDate = await fetch(`${t.server.url}/api/graph?from=yesterday`);
    expect(badDate.status).toBe(400);
  });
});
