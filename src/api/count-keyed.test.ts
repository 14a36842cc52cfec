import { afterEach, describe, expect, it } from 'vitest';
import { emptyMeta } from '../doc/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { countKeyed } from './count-keyed.js';

const doc = (text: string) => ({
  text,
  meta: emptyMeta(),
  removed: [],
  layers: {},
  raw: {
    source: `mem:${text}`,
    bytes: new Uint8Array(),
    sha256: '0',
    fetchedAt: '2026-01-01T00:00:00Z',
    contentType: null,
  },
});

describe('countKeyed', () => {
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
  });

  it('computes once while the store is unchanged and again after any write', async () => {
    store = await openSqliteStore(':memory:');
    const s = store;
    let runs = 0;
    const cached = countKeyed(s, async () => {
      runs++;
      return (await s.listCorpusItems('notes')).length;
    });
    expect(await cached.get()).toBe(0);
    expect(await cached.get()).toBe(0);
    expect(runs).toBe(1);
    await s.putCorpusItems('notes', [{ id: 'a', data: 1 }]);
    expect(await cached.get()).toBe(1);
    expect(runs).toBe(2);
    const { id } = await s.addDocument(doc('One document.'));
    await cached.get();
    expect(runs).toBe(3);
    await s.putLayers(id, { notes: [{ start: 0, end: 3, label: 'N', prov: { component: 'test' } }] });
    await cached.get();
    expect(runs).toBe(4);
    cached.invalidate();
    await cached.get();
    expect(runs).toBe(5);
  });
});
