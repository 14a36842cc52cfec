import { afterEach, describe, expect, it } from 'vitest';
import { emptyMeta } from '../../doc/index.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { createApi } from '../create-api.js';

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

describe('GET /api/search', () => {
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
  });

  it('answers repeated queries from its cache but never after the store changed', async () => {
    store = await openSqliteStore(':memory:');
    const app = createApi({ store, webRoot: null });
    const ids = async (q: string, page = '') =>
      (
        (await (await app.request(`/api/search?q=${q}${page}`)).json()) as { items: { id: string }[] }
      ).items.map((h) => h.id);
    const first = await store.addDocument(doc('The harbour strike went on.'));
    expect(await ids('harbour')).toEqual([first.id]);
    expect(await ids('harbour')).toEqual([first.id]);
    const second = await store.addDocument(doc('A second harbour strike, harbour closed.'));
    expect(new Set(await ids('harbour'))).toEqual(new Set([first.id, second.id]));
    expect(await ids('harbour', '&limit=1&offset=1')).toHaveLength(1);
    expect(await ids('nothing')).toEqual([]);
  });
});
