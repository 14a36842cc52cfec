// The one test suite every Store backend runs against a real database (like Hono's shared router
// cases). This file: documents, duplicates, versions, atomicity, concurrency, pagination; search,
// corpus items and the queue live in contract-search.ts, contract-corpus.ts and contract-queue.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash, docIdFor } from './content-hash.js';
import { runCorpusContract, runCorpusMergeContract } from './contract-corpus.js';
import { makeDoc, numberedDocs, richDoc } from './contract-fixtures.js';
import { runLayerListingContract, runListingContract } from './contract-listing.js';
import { runQueueContract } from './contract-queue.js';
import { runSearchContract } from './contract-search.js';
import type { Store } from './store.js';

export interface ContractTarget {
  /** A fresh, empty store. */
  open: () => Promise<Store>;
  /** Another connection to the same database as `store`; absent for single-connection backends. */
  reconnect?: (store: Store) => Promise<Store>;
}

export interface ContractContext extends ContractTarget {
  /** Opens a store that is closed after the test. */
  fresh: () => Promise<Store>;
  /** A second connection, closed after the test; null when the backend has none. */
  second: (store: Store) => Promise<Store | null>;
}

export function runStoreContract(
  name: string,
  open: () => Promise<Store>,
  reconnect?: ContractTarget['reconnect'],
) {
  describe(`Store contract: ${name}`, () => {
    const opened: Store[] = [];
    afterEach(async () => {
      for (const s of opened.splice(0).reverse()) await s.close();
    });
    const ctx: ContractContext = {
      open,
      reconnect,
      fresh: async () => {
        const s = await open();
        opened.push(s);
        return s;
      },
      second: async (store) => {
        if (!reconnect) return null;
        const s = await reconnect(store);
        opened.push(s);
        return s;
      },
    };
    runDocumentContract(ctx);
    runSearchContract(ctx);
    runListingContract(ctx);
    runLayerListingContract(ctx);
    runCorpusContract(ctx);
    runCorpusMergeContract(ctx);
    runQueueContract(ctx);
  });
}

function runDocumentContract({ fresh, second }: ContractContext) {
  it('stores a document with metadata, removed blocks, layers and raw input, and reads it back', async () => {
    const s = await fresh();
    const doc = richDoc();
    const r = await s.addDocument(doc);
    expect(r).toEqual({
      status: 'added',
      id: expect.stringMatching(/^[0-9a-f]{16}$/),
      previousVersion: null,
    });
    const got = await s.getDocument(r.id);
    expect(got).not.toBeNull();
    expect(got!.text).toBe(doc.text);
    expect(got!.meta).toEqual(doc.meta);
    expect(got!.removed).toEqual(doc.removed);
    expect(got!.layers).toEqual(doc.layers);
    expect(got!.title).toBe('Envoy visits Caracas');
    expect(got!.authors).toEqual(['A. Writer', 'B. Reporter']);
    expect(got!.syndicatedFrom).toBe('Wire Service');
    expect(got!.words).toBe(16);
    expect(got!.sha256).toBe(doc.raw.sha256);
    expect(got!.fetchedAt).toBe(doc.raw.fetchedAt);
    expect(got!.previousVersion).toBeNull();
    expect(Number.isNaN(Date.parse(got!.addedAt))).toBe(false);
    expect(await s.getRaw(r.id)).toEqual(doc.raw.bytes);
    expect(await s.getDocument('0000000000000000')).toBeNull();
    expect(await s.getRaw('0000000000000000')).toBeNull();
  });

  it('stores U+0000 as U+FFFD everywhere, keeping offsets and ids', async () => {
    const s = await fresh();
    const span = { start: 0, end: 5, label: 'X', prov: { component: 't' }, attrs: { note: 'a\u0000b' } };
    const doc = makeDoc('Hello\u0000 world of nulls.', { title: 'T\u0000' }, { x: [span] });
    const r = await s.addDocument({ ...doc, removed: [{ text: 'r\u0000', reason: 'promo', at: 0 }] });
    expect(r.id).toBe(docIdFor(contentHash(doc.text)));
    const got = (await s.getDocument(r.id))!;
    expect(got.text).toBe('Hello\uFFFD world of nulls.');
    expect(got.title).toBe('T\uFFFD');
    expect(got.removed[0]!.text).toBe('r\uFFFD');
    expect(got.layers.x![0]!.attrs).toEqual({ note: 'a\uFFFDb' });
    expect((await s.search('nulls')).map((h) => h.id)).toEqual([r.id]);
    expect(await s.enqueue([{ key: 'n\u0000', payload: { text: 'a\u0000' } }])).toBe(1);
    expect((await s.claimJob<{ text: string }>('w', 1000))!.payload.text).toBe('a\uFFFD');
  });

  it('reports the same normalized text as a duplicate (case, whitespace, Unicode form)', async () => {
    const s = await fresh();
    const a = await s.addDocument(makeDoc('Nicolás Maduro  was\ncaptured.'));
    const b = await s.addDocument(
      makeDoc('NICOLA\u0301S maduro was captured.', { url: 'https://other.example/x' }),
    );
    expect(a.status).toBe('added');
    expect(b).toEqual({ status: 'duplicate', id: a.id });
    expect(await s.countDocuments()).toBe(1);
  });

  it('derives ids from content, the same in every store', async () => {
    const [s1, s2] = [await fresh(), await fresh()];
    await s2.addDocument(makeDoc('something else first'));
    const a = await s1.addDocument(makeDoc('Stable id text.'));
    const b = await s2.addDocument(makeDoc('Stable id text.'));
    expect(a.id).toBe(b.id);
  });

  it('links a changed article at the same URL to its previous version', async () => {
    const s = await fresh();
    const url = 'https://example.org/live';
    const v1 = await s.addDocument(makeDoc('First version of the story.', { url }));
    const v2 = await s.addDocument(makeDoc('Second version, updated.', { url }));
    const v3 = await s.addDocument(
      makeDoc('Third version.', { url: 'https://mirror.example/x', canonicalUrl: url }),
    );
    expect(v2).toEqual({ status: 'added', id: expect.any(String), previousVersion: v1.id });
    expect(v3).toEqual({ status: 'added', id: expect.any(String), previousVersion: v2.id });
    expect((await s.getDocument(v3.id))!.previousVersion).toBe(v2.id);
    expect(await s.addDocument(makeDoc('Second version, updated.', { url }))).toEqual({
      status: 'duplicate',
      id: v2.id,
    });
    const other = await s.addDocument(makeDoc('Unrelated.', { url: 'https://example.org/other' }));
    expect(other.status === 'added' && other.previousVersion).toBeNull();
  });

  it('lists summaries in insertion order with limit and offset, and counts', async () => {
    const s = await fresh();
    const ids: string[] = [];
    for (const d of numberedDocs(7)) ids.push((await s.addDocument(d)).id);
    expect(await s.countDocuments()).toBe(7);
    const all = await s.listDocuments();
    expect(all.map((d) => d.id)).toEqual(ids);
    expect(Object.keys(all[0]!).sort()).toEqual(
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
    expect((await s.listDocuments({ limit: 3, offset: 2 })).map((d) => d.id)).toEqual(ids.slice(2, 5));
    expect(await s.listDocuments({ offset: 6 })).toHaveLength(1);
    expect(await s.listDocuments({ limit: 0 })).toEqual([]);
  });

  it('finds ids by unambiguous prefix', async () => {
    const s = await fresh();
    const ids = await Promise.all(numberedDocs(3).map(async (d) => (await s.addDocument(d)).id));
    expect(await s.findIds(ids[0]!)).toEqual([ids[0]]);
    expect(await s.findIds(ids[1]!.slice(0, 10))).toEqual([ids[1]]);
    expect((await s.findIds('')).sort()).toEqual([...ids].sort());
    expect(await s.findIds('%')).toEqual([]);
    expect(await s.findIds('zz')).toEqual([]);
  });

  it('writes nothing when a document fails midway (a bad layer after the row was written)', async () => {
    const s = await fresh();
    const doc = makeDoc(
      'Atomic text.',
      { url: 'https://example.org/atomic' },
      {
        a: [{ start: 0, end: 6, label: 'X', prov: { component: 't' } }],
        b: [{ start: 0, end: 999, label: 'Y', prov: { component: 't' } }],
      },
    );
    await expect(s.addDocument(doc)).rejects.toThrow(/layer 'b'/);
    expect(await s.countDocuments()).toBe(0);
    expect(await s.search('atomic')).toEqual([]);
    expect(await s.findIds('')).toEqual([]);
    const ok = await s.addDocument({ ...doc, layers: { a: doc.layers.a! } });
    expect(ok.status === 'added' && ok.previousVersion).toBeNull();
  });

  it('rolls back the document when a corpus write in the same transaction fails', async () => {
    const s = await fresh();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const doc = makeDoc('Corpus atomic.');
    const corpus = [
      {
        kind: 'entities',
        items: [
          { id: 'e1', data: { name: 'A' } },
          { id: 'e2', data: circular },
        ],
      },
    ];
    await expect(s.addDocument(doc, { corpus })).rejects.toThrow();
    expect(await s.countDocuments()).toBe(0);
    expect(await s.listCorpusItems('entities')).toEqual([]);
  });

  it('replaces layers of a stored document, atomically', async () => {
    const s = await fresh();
    const { id } = await s.addDocument(richDoc());
    const span = { start: 0, end: 7, label: 'HEADING', prov: { component: 'v2' } };
    expect(await s.putLayers(id, { headings: [span], extra: [] })).toBe(true);
    let got = (await s.getDocument(id))!;
    expect(got.layers.headings).toEqual([span]);
    expect(got.layers.extra).toEqual([]);
    expect(got.layers.entities).toHaveLength(1);
    await expect(s.putLayers(id, { headings: [], zzz: [{ ...span, end: 10_000 }] })).rejects.toThrow();
    got = (await s.getDocument(id))!;
    expect(got.layers.headings).toEqual([span]);
    expect(await s.putLayers('ffffffffffffffff', { a: [] })).toBe(false);
  });

  it('keeps one row when two connections add the same content at once', async () => {
    const s = await fresh();
    const t = await second(s);
    if (!t) return; // single-connection backend (e.g. SQLite :memory:)
    const docs = numberedDocs(12);
    const results = await Promise.all(docs.flatMap((d) => [s.addDocument(d), t.addDocument(d)]));
    expect(results.filter((r) => r.status === 'added')).toHaveLength(12);
    expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(12);
    expect(await s.countDocuments()).toBe(12);
    expect(await t.countDocuments()).toBe(12);
  });

  it('gives concurrent versions of one URL a single chain', async () => {
    const s = await fresh();
    const t = (await second(s)) ?? s;
    const url = 'https://example.org/race';
    const docs = Array.from({ length: 6 }, (_, i) => makeDoc(`Race version ${i}.`, { url }));
    const results = await Promise.all(docs.map((d, i) => (i % 2 ? t : s).addDocument(d)));
    const prevs = results.map((r) => (r.status === 'added' ? r.previousVersion : 'dup'));
    expect(prevs.filter((p) => p === null)).toHaveLength(1);
    expect(new Set(prevs).size).toBe(6);
  });
}
