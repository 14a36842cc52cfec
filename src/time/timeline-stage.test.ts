import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/index.js';
import { emptyMeta } from '../doc/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { buildTimeline } from './timeline.js';
import { TimelineStage } from './timeline-stage.js';
import { loadTimeline } from './timeline-store.js';
import type { Mention } from './timeline-types.js';

const doc = (text: string, published: string | null): Doc => ({
  text,
  meta: { ...emptyMeta(), published },
  removed: [],
  layers: {},
  raw: {
    source: 'test',
    bytes: new TextEncoder().encode(text),
    sha256: '',
    fetchedAt: '2030-01-01T00:00:00Z',
    contentType: 'text/plain',
  },
});

describe('TimelineStage', () => {
  it('stores each document’s mentions with it and dates an undated one from those before it', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const a = doc(
        'Rebels captured General Okafor in Lagoma on March 10, 2024, officials said.',
        '2024-03-12',
      );
      const b = doc('The capture of General Okafor on March 10 shocked Lagoma.', null);
      const stage = await TimelineStage.load(store);
      const ra = await store.addDocument(a, { corpus: [stage.plan('a', a)] });
      const wb = stage.plan('b', b);
      await store.addDocument(b, { corpus: [wb] });
      expect(ra.status).toBe('added');
      const mb = wb.items[0].data as Mention[];
      expect(mb[0]).toMatchObject({ value: '2024-03-10', reportTimeEstimate: { from: 'story' } });

      const stored = await loadTimeline(store);
      const capture = stored.find((i) => i.value === '2024-03-10')!;
      expect(capture.docs.sort()).toEqual(['a', 'b']);
      const rebuilt = buildTimeline([
        { id: 'a', text: a.text, published: '2024-03-12', layers: {} },
        { id: 'b', text: b.text, published: null, layers: {} },
      ]);
      expect(JSON.stringify(stored)).toBe(JSON.stringify(rebuilt));
    } finally {
      await store.close();
    }
  });
});
