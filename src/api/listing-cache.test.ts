import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { Listing, listingCache } from './listing-cache.js';

const rows = [
  { id: 'a', who: 'Ana Lima', docs: ['d1', 'd2'] },
  { id: 'b', who: 'Bo', docs: ['d2'] },
  { id: 'c', who: 'ana', docs: ['d1', 'd1'] },
  { id: 'd', who: 'Dana', docs: [] },
];

describe('Listing', () => {
  it('indexes positions per key in listing order, one entry per item', () => {
    const l = new Listing(rows);
    const byDoc = l.index('doc', (r) => r.docs);
    expect(byDoc.get('d1')).toEqual([0, 2]);
    expect(byDoc.get('d2')).toEqual([0, 1]);
    expect(l.index('doc', () => ['other'])).toBe(byDoc);
  });

  it('keeps listing order across substring matches and intersections', () => {
    const l = new Listing(rows);
    const names = l.index('who', (r) => [r.who.toLowerCase()]);
    const ana = l.matching(names, (k) => k.includes('ana'));
    expect(ana).toEqual([0, 2, 3]);
    expect(l.at(ana).map((r) => r.id)).toEqual(['a', 'c', 'd']);
    expect(l.at(ana, l.index('doc', (r) => r.docs).get('d1')!).map((r) => r.id)).toEqual(['a', 'c']);
    expect(l.at(l.matching(names, (k) => k === 'nobody'))).toEqual([]);
    expect(l.at(null)).toEqual(rows);
  });

  it('computes a filtered view once per key', () => {
    const l = new Listing(rows);
    let runs = 0;
    const view = () =>
      l.view('bo', () => {
        runs++;
        return l.all.filter((r) => r.who === 'Bo');
      });
    expect(view()).toBe(view());
    expect(runs).toBe(1);
  });
});

describe('listingCache', () => {
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
  });

  it('serves one listing until the store changes, then a fresh one', async () => {
    store = await openSqliteStore(':memory:');
    const s = store;
    let builds = 0;
    const cached = listingCache(s, async () => {
      builds++;
      return (await s.listCorpusItems<string>('notes')).map((i) => i.data);
    });
    const first = await cached();
    expect(await cached()).toBe(first);
    expect(builds).toBe(1);
    await s.putCorpusItems('notes', [{ id: 'n1', data: 'one' }]);
    expect((await cached()).all).toEqual(['one']);
    expect(builds).toBe(2);
  });
});
