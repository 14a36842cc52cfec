import { describe, expect, it } from 'vitest';
import { numberedDocs } from './contract-fixtures.js';
import { resolveDocId } from './resolve-doc-id.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

describe('resolveDocId', () => {
  it('accepts unambiguous prefixes and full hashes, and says what is wrong otherwise', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const ids: string[] = [];
      for (const d of numberedDocs(40)) ids.push((await store.addDocument(d)).id);
      const id = ids[0]!;
      expect(await resolveDocId(store, id)).toBe(id);
      expect(await resolveDocId(store, id.toUpperCase())).toBe(id);
      const doc = (await store.getDocument(id))!;
      expect(await resolveDocId(store, doc.contentHash)).toBe(id);
      // 40 ids over 16 hex digits: some first digit is shared (pigeonhole).
      const shared = ids.map((i) => i[0]!).find((c, _, all) => all.filter((x) => x === c).length > 1)!;
      await expect(resolveDocId(store, shared)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(resolveDocId(store, 'ffffffffffffffffff0')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(resolveDocId(store, "x'; DROP TABLE documents")).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(resolveDocId(store, '')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await store.close();
    }
  });
});
