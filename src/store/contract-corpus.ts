// Store contract, part 3: corpus-level items (entities, timeline, claims…) keyed by (kind, id), with
// upserts that make two writers meeting the same new name at once create one item.
import { expect, it } from 'vitest';
import type { ContractContext } from './contract.js';
import { numberedDocs } from './contract-fixtures.js';
import type { CorpusItem } from './store.js';

export function runCorpusContract({ fresh, second }: ContractContext) {
  it('upserts corpus items by (kind, id) and reads them back with their documents', async () => {
    const s = await fresh();
    const [d1, d2] = await Promise.all(numberedDocs(2).map(async (d) => (await s.addDocument(d)).id));
    const written = await s.putCorpusItems('entities', [
      { id: 'q:maduro', data: { name: 'Nicolás Maduro', type: 'PER' }, docIds: [d2!, d1!] },
      { id: 'q:caracas', data: { name: 'Caracas', type: 'GPE' }, docIds: [d1!] },
    ]);
    expect(written).toEqual(['q:caracas', 'q:maduro']);
    await s.putCorpusItems('timeline', [{ id: 'q:maduro', data: { when: '2026-01-03' } }]);
    expect(await s.getCorpusItem('entities', 'q:maduro')).toEqual({
      id: 'q:maduro',
      data: { name: 'Nicolás Maduro', type: 'PER' },
      docIds: [d1, d2].sort(),
    });
    expect(await s.getCorpusItem('entities', 'nope')).toBeNull();
    expect((await s.listCorpusItems('entities')).map((i) => i.id)).toEqual(['q:caracas', 'q:maduro']);
    expect((await s.listCorpusItems('entities', { docId: d2 })).map((i) => i.id)).toEqual(['q:maduro']);
    expect((await s.listCorpusItems('entities', { ids: ['q:maduro', 'x'] })).map((i) => i.id)).toEqual([
      'q:maduro',
    ]);
    expect((await s.listCorpusItems('timeline')).map((i) => i.data)).toEqual([{ when: '2026-01-03' }]);
    expect((await s.listCorpusItems('entities', { limit: 1, offset: 1 })).map((i) => i.id)).toEqual([
      'q:maduro',
    ]);
  });

  it("replaces on conflict by default, keeps the first with 'keep'", async () => {
    const s = await fresh();
    await s.putCorpusItems('entities', [{ id: 'e', data: { v: 1 }, docIds: ['d1'] }]);
    expect(await s.putCorpusItems('entities', [{ id: 'e', data: { v: 2 }, docIds: ['d2'] }])).toEqual(['e']);
    expect(await s.getCorpusItem('entities', 'e')).toEqual({ id: 'e', data: { v: 2 }, docIds: ['d2'] });
    expect(
      await s.putCorpusItems(
        'entities',
        [
          { id: 'e', data: { v: 3 } },
          { id: 'f', data: {} },
        ],
        'keep',
      ),
    ).toEqual(['f']);
    expect((await s.getCorpusItem('entities', 'e'))!.data).toEqual({ v: 2 });
    expect(await s.putCorpusItems('entities', [])).toEqual([]);
    // 'keep' with links 'add' leaves the data and adds the links (a link-only write).
    expect(
      await s.putCorpusItems('entities', [{ id: 'e', data: { v: 4 }, docIds: ['d3'] }], 'keep', 'add'),
    ).toEqual([]);
    expect(await s.getCorpusItem('entities', 'e')).toEqual({ id: 'e', data: { v: 2 }, docIds: ['d2', 'd3'] });
  });

  it('creates one item when two connections meet the same new id at once', async () => {
    const s = await fresh();
    const t = (await second(s)) ?? s;
    const ids = Array.from({ length: 20 }, (_, i) => `name:${i}`);
    const results = await Promise.all(
      ids.flatMap((id) => [
        s.putCorpusItems('entities', [{ id, data: { by: 's' } }], 'keep'),
        t.putCorpusItems('entities', [{ id, data: { by: 't' } }], 'keep'),
      ]),
    );
    expect(results.flat().sort()).toEqual([...ids].sort());
    expect(await s.listCorpusItems('entities')).toHaveLength(20);
    // Overlapping batches in opposite orders must not deadlock.
    await Promise.all([
      s.putCorpusItems(
        'entities',
        ids.map((id) => ({ id, data: { by: 's2' } })),
      ),
      t.putCorpusItems(
        'entities',
        [...ids].reverse().map((id) => ({ id, data: { by: 't2' } })),
      ),
    ]);
    expect(await t.listCorpusItems('entities')).toHaveLength(20);
  });
}

/** A counter item: merging adds counts and unions documents. */
function addUp(stored: CorpusItem, incoming: CorpusItem): CorpusItem {
  const a = stored.data as { n: number };
  const b = incoming.data as { n: number };
  return {
    id: stored.id,
    data: { n: a.n + b.n },
    docIds: [...(stored.docIds ?? []), ...(incoming.docIds ?? [])],
  };
}

export function runCorpusMergeContract({ fresh, second }: ContractContext) {
  it('merges into stored items, so concurrent updates add up', async () => {
    const s = await fresh();
    const t = (await second(s)) ?? s;
    expect(await s.mergeCorpusItems('counts', [{ id: 'x', data: { n: 1 }, docIds: ['d0'] }], addUp)).toEqual([
      'x',
    ]);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? t : s).mergeCorpusItems(
          'counts',
          [
            { id: 'x', data: { n: 1 }, docIds: [`d${i + 1}`] },
            { id: `y${i % 3}`, data: { n: 1 } },
          ],
          addUp,
        ),
      ),
    );
    const x = (await s.getCorpusItem<{ n: number }>('counts', 'x'))!;
    expect(x.data.n).toBe(21);
    expect(x.docIds).toHaveLength(21);
    const ys = await s.listCorpusItems<{ n: number }>('counts', { ids: ['y0', 'y1', 'y2'] });
    expect(ys.map((y) => y.data.n)).toEqual([7, 7, 6]);
  });

  it("adds links without reading or removing stored ones with links: 'add'", async () => {
    const s = await fresh();
    const t = (await second(s)) ?? s;
    await s.putCorpusItems('entities', [{ id: 'e', data: { v: 1 }, docIds: ['d1', 'd2'] }]);
    await s.putCorpusItems('entities', [{ id: 'e', data: { v: 2 }, docIds: ['d3'] }], 'replace', 'add');
    expect(await s.getCorpusItem('entities', 'e')).toEqual({
      id: 'e',
      data: { v: 2 },
      docIds: ['d1', 'd2', 'd3'],
    });
    const seen: (string[] | undefined)[] = [];
    const count = (stored: CorpusItem, incoming: CorpusItem): CorpusItem => {
      seen.push(stored.docIds);
      return { ...incoming, data: { v: (stored.data as { v: number }).v + 1 } };
    };
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? t : s).mergeCorpusItems(
          'entities',
          [{ id: 'e', data: {}, docIds: [`n${i}`] }],
          count,
          'add',
        ),
      ),
    );
    const e = (await s.getCorpusItem<{ v: number }>('entities', 'e'))!;
    expect(e.data.v).toBe(12);
    expect(e.docIds).toHaveLength(13);
    expect(seen.every((d) => d === undefined)).toBe(true);
    await s.putCorpusItems('entities', [{ id: 'e', data: {}, docIds: ['d1'] }]);
    expect((await s.getCorpusItem('entities', 'e'))!.docIds).toEqual(['d1']);
  });

  it('merges corpus writes that travel with a document', async () => {
    const s = await fresh();
    const [a, b] = numberedDocs(2);
    const corpus = (doc: string) => [
      { kind: 'counts', items: [{ id: 'k', data: { n: 1 }, docIds: [doc] }], merge: addUp },
    ];
    await s.addDocument(a!, { corpus: corpus('da') });
    await s.addDocument(b!, { corpus: corpus('db') });
    await s.addDocument(b!, { corpus: corpus('dup') }); // a duplicate writes nothing
    expect(await s.getCorpusItem('counts', 'k')).toEqual({ id: 'k', data: { n: 2 }, docIds: ['da', 'db'] });
  });
}
