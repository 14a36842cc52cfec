// Exports parsed back with real parsers: GEXF and GraphML as XML with their structure, FtM lines
// against the FollowTheMoney model, Web Annotation selectors against the document text, CSV tables.
import { defaultModel, Model } from '@alephdata/followthemoney';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Doc, emptyMeta, type Span } from '../src/doc/index.js';
import { toFtm } from '../src/export/ftm.js';
import { graphFormats } from '../src/export/graph-formats.js';
import { loadSnapshot, type Snapshot } from '../src/export/snapshot.js';
import { cameoTable, csvTables } from '../src/export/tables.js';
import { toWebAnnotations } from '../src/export/web-annotation.js';
import { buildGraph, type Graph } from '../src/graph/build-graph.js';
import { CorpusStages } from '../src/pipeline/commit-document.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';

/** A document whose entity and sentence layers are given by surface strings (no tagger involved). */
function docOf(
  text: string,
  published: string,
  ents: Array<[string, string]>,
  timex: Array<[string, string]> = [],
): Doc {
  const span = (surface: string, from: number, label: string, attrs?: Record<string, unknown>): Span => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`not in text: ${surface}`);
    return {
      start,
      end: start + surface.length,
      label,
      prov: { component: 'test' },
      ...(attrs ? { attrs } : {}),
    };
  };
  let from = 0;
  const entities = ents.map(([s, type]) => {
    const sp = span(s, from, type);
    from = sp.end;
    return sp;
  });
  const sentences: Span[] = [];
  const re = /[^.]+\./g;
  for (let m = re.exec(text); m; m = re.exec(text))
    sentences.push({
      start: m.index,
      end: m.index + m[0].length,
      label: 'sentence',
      prov: { component: 'test' },
    });
  const bytes = new TextEncoder().encode(text);
  return {
    text,
    meta: { ...emptyMeta(), title: text.slice(0, 30), published, url: `https://example.test/${published}` },
    removed: [],
    layers: { sentences, entities, timex: timex.map(([s, v]) => span(s, 0, 'DATE', { value: v })) },
    raw: {
      source: `test-${published}`,
      bytes,
      sha256: 'x',
      fetchedAt: '2026-01-10T00:00:00Z',
      contentType: 'text/plain',
    },
  };
}

describe('exports', () => {
  let store: Store;
  let snap: Snapshot;
  let graph: Graph;

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    const stages = await CorpusStages.load(store);
    await stages.commit(
      store,
      docOf(
        'The United States captured Nicolás Maduro on January 3, 2026. Russia condemned the United States.',
        '2026-01-04',
        [
          ['United States', 'GPE'],
          ['Nicolás Maduro', 'PERSON'],
          ['Russia', 'GPE'],
          ['United States', 'GPE'],
        ],
        [['January 3, 2026', '2026-01-03']],
      ),
    );
    await stages.commit(
      store,
      docOf(
        'On January 3, 2026, the United States captured Nicolas Maduro. Russia has sold Venezuela <weapons> & jets.',
        '2026-01-05',
        [
          ['United States', 'GPE'],
          ['Nicolas Maduro', 'PERSON'],
          ['Russia', 'GPE'],
          ['Venezuela', 'GPE'],
        ],
        [['January 3, 2026', '2026-01-03']],
      ),
    );
    snap = await loadSnapshot(store);
    graph = await buildGraph(store);
  });
  afterAll(() => store.close());

  it('merges one event reported by two articles', () => {
    const capture = snap.events.filter((e) => e.type === 'coerce');
    expect(capture).toHaveLength(1);
    expect(capture[0]).toMatchObject({
      actor: { name: 'United States' },
      target: { name: 'Nicolás Maduro' },
      time: '2026-01-03',
    });
    expect(new Set(capture[0].evidence.map((e) => e.docId)).size).toBe(2);
  });

  it('writes GEXF 1.3 with nodes, edges and spells', () => {
    const xml = graphFormats.gexf(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => ['node', 'edge', 'attribute', 'attvalue'].includes(n),
    }).parse(xml);
    expect(doc.gexf['@_version']).toBe('1.3');
    const nodes = doc.gexf.graph.nodes.node;
    const ids = new Set(nodes.map((n: Record<string, string>) => n['@_id']));
    expect(
      nodes.find((n: Record<string, string>) => n['@_label'] === 'Nicolás Maduro').spells.spell['@_start'],
    ).toBe('2026-01-04');
    const edges = doc.gexf.graph.edges.edge;
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) expect(ids.has(e['@_source']) && ids.has(e['@_target'])).toBe(true);
    expect(
      edges.some(
        (e: Record<string, unknown>) =>
          e['@_label'] === 'coerce' &&
          (e.spells as { spell: Record<string, string> }).spell['@_start'] === '2026-01-03',
      ),
    ).toBe(true);
  });

  it('writes GraphML whose edges point at declared nodes and keys', () => {
    const xml = graphFormats.graphml(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => ['node', 'edge', 'key', 'data'].includes(n),
    }).parse(xml).graphml;
    const keys = new Set(g.key.map((k: Record<string, string>) => k['@_id']));
    const ids = new Set(g.graph.node.map((n: Record<string, string>) => n['@_id']));
    for (const e of g.graph.edge) {
      expect(ids.has(e['@_source']) && ids.has(e['@_target'])).toBe(true);
      for (const d of e.data) expect(keys.has(d['@_key'])).toBe(true);
    }
  });

  it('writes FollowTheMoney entities with valid schemata and property names', () => {
    const model = new Model(defaultModel);
    const lines = toFtm(snap);
    expect(new Set(lines.map((l) => l.schema))).toEqual(
      new Set(['Person', 'PublicBody', 'Article', 'Mention', 'Event']),
    );
    for (const line of lines) {
      const schema = model.getSchema(line.schema);
      for (const prop of Object.keys(line.properties))
        expect(schema.hasProperty(prop), `${line.schema}.${prop}`).toBe(true);
    }
    const ids = new Set(lines.map((l) => l.id));
    for (const ev of lines.filter((l) => l.schema === 'Event'))
      for (const id of ev.properties.involved ?? []) expect(ids.has(id)).toBe(true);
  });

  it('anchors every Web Annotation selector on the document text', () => {
    const texts = new Map(snap.documents.map((d) => [d.meta.url, d.text]));
    const coll = toWebAnnotations(snap) as {
      first: { items: Array<{ target: { source: string; selector: Array<Record<string, unknown>> } }> };
    };
    expect(coll.first.items.length).toBeGreaterThan(5);
    for (const a of coll.first.items) {
      const [quote, pos] = a.target.selector;
      expect(texts.get(a.target.source)!.slice(pos.start as number, pos.end as number)).toBe(quote.exact);
    }
  });

  it('writes CSV tables and a CAMEO event table that parse back', () => {
    const tables = csvTables(snap);
    const entities = parseCsv(tables['entities.csv'], { columns: true }) as Array<Record<string, string>>;
    expect(entities.find((e) => e.name === 'Nicolás Maduro')?.aliases).toContain('Nicolas Maduro');
    const cameo = parseCsv(cameoTable(snap), { columns: true }) as Array<Record<string, string>>;
    expect(
      cameo.some((r) => r.rootCode === '17' && r.actor1 === 'United States' && r.date === '2026-01-03'),
    ).toBe(true);
  });
});
