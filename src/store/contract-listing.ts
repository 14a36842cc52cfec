// Store contract, part 5: filtered document listings and counts (outlet, genre, language, dates at the
// precision of the bound, ids in the order given), and the change mark that caches of derived values key on.
import { expect, it } from 'vitest';
import type { ContractContext } from './contract.js';
import { makeDoc } from './contract-fixtures.js';
import type { DocFilter, Store } from './store.js';

async function filedDocs(s: Store): Promise<string[]> {
  const specs = [
    { outlet: 'North Wire', genre: 'report', language: 'en', published: '2025-12-31' },
    { outlet: 'North Wire', genre: 'opinion', language: 'en', published: '2026-01-01' },
    { outlet: 'South Post', genre: 'report', language: 'es', published: '2026-01-15T08:30:00Z' },
    { outlet: 'South Post', genre: 'report', language: 'en', published: '2026-01-31' },
    { outlet: 'North Wire', genre: 'report', language: 'en', published: '2026-02' },
    { outlet: 'East Herald', genre: 'analysis', language: 'en', published: null },
  ] as const;
  const ids: string[] = [];
  for (const [i, m] of specs.entries())
    ids.push((await s.addDocument(makeDoc(`Article ${i} filed on the harbour.`, { ...m }))).id);
  return ids;
}

export function runListingContract({ fresh }: ContractContext) {
  it('filters documents by outlet, genre, language and dates at the precision of the bound', async () => {
    const s = await fresh();
    const ids = await filedDocs(s);
    const cases: [DocFilter, number[]][] = [
      [{ outlet: 'North Wire' }, [0, 1, 4]],
      [{ genre: 'report' }, [0, 2, 3, 4]],
      [{ language: 'es' }, [2]],
      [{ from: '2026' }, [1, 2, 3, 4]],
      [{ from: '2026-01-15' }, [2, 3, 4]],
      [{ to: '2026-01' }, [0, 1, 2, 3]],
      [{ to: '2026-01-15' }, [0, 1, 2]],
      [{ from: '2026-01', to: '2026-01' }, [1, 2, 3]],
      [{ from: '2026-02-01' }, []],
      [{ outlet: 'North Wire', genre: 'report', from: '2026' }, [4]],
      [{ ids: [ids[3], ids[0], ids[5]] }, [3, 0, 5]],
      [{ ids: [ids[3], ids[0], ids[5]], genre: 'report' }, [3, 0]],
    ];
    for (const [filter, want] of cases) {
      expect(
        (await s.listDocuments(filter)).map((d) => d.id),
        JSON.stringify(filter),
      ).toEqual(want.map((i) => ids[i]));
      expect(await s.countDocuments(filter), JSON.stringify(filter)).toBe(want.length);
    }
  });

  it('pages through a filtered listing in the order documents were added', async () => {
    const s = await fresh();
    const ids = await filedDocs(s);
    const page = await s.listDocuments({ genre: 'report', limit: 2, offset: 1 });
    expect(page.map((d) => d.id)).toEqual([ids[2], ids[3]]);
    expect(page[0]!.outlet).toBe('South Post');
    expect(await s.listDocuments({ outlet: 'Nobody' })).toEqual([]);
    expect(await s.countDocuments({ outlet: 'Nobody' })).toBe(0);
    expect((await s.listDocuments({ limit: 2, offset: 4 })).map((d) => d.id)).toEqual(ids.slice(4));
  });

  it('changes its change mark whenever documents, layers or corpus items change', async () => {
    const s = await fresh();
    const marks = [await s.changeMark()];
    const { id } = await s.addDocument(makeDoc('A change to mark.'));
    marks.push(await s.changeMark());
    await s.putLayers(id, { notes: [{ start: 0, end: 1, label: 'X', prov: { component: 'contract' } }] });
    marks.push(await s.changeMark());
    await s.putCorpusItems('things', [{ id: 'a', data: { n: 1 } }]);
    marks.push(await s.changeMark());
    await s.putCorpusItems('things', [{ id: 'a', data: { n: 2 } }]);
    marks.push(await s.changeMark());
    expect(new Set(marks).size).toBe(marks.length);
  });
}

export function runLayerListingContract({ fresh }: ContractContext) {
  it('lists one layer across the documents that have it, in the order they were added, with their text', async () => {
    const s = await fresh();
    const span = (start: number, end: number) => ({
      start,
      end,
      label: 'Q',
      prov: { component: 'contract' },
    });
    const a = await s.addDocument(makeDoc('First quoted article.', {}, { quotes: [span(0, 5)] }));
    await s.addDocument(makeDoc('Second article without quotes.', {}, { other: [span(0, 6)] }));
    const c = await s.addDocument(
      makeDoc('Third quoted article.', {}, { quotes: [span(0, 5), span(6, 12)] }),
    );
    const all = await s.listLayer('quotes');
    expect(all.map((l) => [l.docId, l.text, l.spans.length])).toEqual([
      [a.id, 'First quoted article.', 1],
      [c.id, 'Third quoted article.', 2],
    ]);
    expect(all[1]!.spans[1]).toMatchObject({ start: 6, end: 12, label: 'Q' });
    expect((await s.listLayer('quotes', { limit: 1, offset: 1 })).map((l) => l.docId)).toEqual([c.id]);
    expect(await s.listLayer('missing')).toEqual([]);
  });
}
