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
