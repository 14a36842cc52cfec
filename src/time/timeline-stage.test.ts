import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/index.js';
import { emptyMeta } from '../doc/index.js';
import { contentHash, docIdFor } from '../store/content-hash.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { canDate } from './mention-slimmer.js';
import { allPairsComponents } from './test-all-pairs.js';
import { buildTimeline } from './timeline.js';
import { toItem } from './timeline-link.js';
import { docMentions } from './timeline-mentions.js';
import { TimelineStage } from './timeline-stage.js';
import { loadTimeline, MENTIONS_KIND } from './timeline-store.js';
import type { Mention, TimelineItem } from './timeline-types.js';

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

/** The items of allPairsComponents: what the stage must date undated documents from. */
function allPairsItems(mentions: readonly Mention[], cap = mentions.length): TimelineItem[] {
  return allPairsComponents(mentions, cap).map((ms) => toItem(ms, []));
}

const PEOPLE = ['General Okafor', 'Minister Adeyemi', 'Judge Halvorsen', 'Mayor Quispe', 'Colonel Brandt'];
const PLACES = ['Lagoma', 'Port Edra', 'Vesna'];
const DEEDS = [
  ['captured', 'The capture of'],
  ['met', 'The meeting with'],
  ['sanctioned', 'The sanctions against'],
  ['killed', 'The killing of'],
] as const;

/** Articles of one invented story; every fourth has no date and names days without a year. */
function storyDocs(count: number): { id: string; doc: Doc }[] {
  let seed = 5;
  const r = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: count }, (_, i) => {
    const day = 1 + Math.floor(r() * 12);
    const [verb, noun] = pick(DEEDS);
    const [who, whom, where] = [pick(PEOPLE), pick(PEOPLE), pick(PLACES)];
    const text =
      i % 4 === 3
        ? `${noun} ${whom} on March ${day} shocked ${where}. In February, ${who} had warned of unrest in ${where}. Police said ${who} ${verb} ${whom} on March ${day + 1}.`
        : `Troops of ${who} ${verb} ${whom} in ${where} on March ${day}, 2024, officials said. In February, ${who} warned of unrest in ${where}. On March ${day + 2}, 2024, ${who} met ${pick(PEOPLE)} in ${where}.`;
    return {
      id: `doc${i}`,
      doc: doc(text, i % 4 === 3 ? null : `2024-03-${String(day + 3).padStart(2, '0')}`),
    };
  });
}

describe('TimelineStage dating', () => {
  it.each([
    [undefined, 10],
    [60, 10],
    [12, 3],
  ])(
    'dates undated documents as the all-pairs timeline of the mentions before them does (cap %s)',
    async (cap, least) => {
      const store = await openSqliteStore(':memory:');
      try {
        const stage = await TimelineStage.load(store, { maxMentions: cap });
        const before: Mention[] = [];
        let fromStory = 0;
        for (const { id, doc: d } of storyDocs(120)) {
          // The stage holds only the mentions that can date a document, so its cap counts those.
          const story = d.meta.published ? [] : allPairsItems(before.filter(canDate), cap);
          const expected = docMentions(
            { id, text: d.text, published: d.meta.published, layers: d.layers },
            story,
          );
          const planned = stage.plan(id, d).items[0].data as Mention[];
          expect(JSON.stringify(planned)).toBe(JSON.stringify(expected));
          before.push(...expected);
          if (expected.some((m) => m.reportTimeEstimate?.from === 'story')) fromStory++;
          expect(stage.held).toBeLessThanOrEqual(cap ?? Number.POSITIVE_INFINITY);
        }
        expect(fromStory).toBeGreaterThan(least);
      } finally {
        await store.close();
      }
    },
  );
});

describe('TimelineStage loading', () => {
  it('over its cap, keeps the mentions of the documents added last', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const docs = storyDocs(12);
      for (const { doc: d } of docs) {
        const id = docIdFor(contentHash(d.text));
        await store.addDocument(d, { corpus: [(await TimelineStage.load(store)).plan(id, d)] });
      }
      const listed = await store.listCorpusItems<Mention[]>(MENTIONS_KIND);
      const rows = new Map(listed.map((r) => [r.id, r.data]));
      // In the order the documents were added, which the stored rows (listed by id) do not keep.
      const all = docs.flatMap(({ doc: d }) => rows.get(docIdFor(contentHash(d.text)))!.filter(canDate));
      const stage = await TimelineStage.load(store, { maxMentions: 10 });
      expect(all.length).toBeGreaterThan(20);
      expect(stage.held).toBe(10);
      expect((await TimelineStage.load(store)).held).toBe(all.length);
      // Over twice the cap, the oldest were dropped while reading. An undated article dated differently by
      // the latest 10 mentions and by the 10 listed last: the loaded stage dates it as one that ran all along.
      const mentionsOf = (d: Doc, ms: Mention[]) =>
        docMentions({ id: 'n', text: d.text, published: null, layers: {} }, allPairsItems(ms, 10));
      const byId = listed.flatMap((r) => r.data.filter(canDate));
      const next = storyDocs(80)
        .slice(12)
        .map(({ doc: d }) => d)
        .find(
          (d) =>
            !d.meta.published && JSON.stringify(mentionsOf(d, all)) !== JSON.stringify(mentionsOf(d, byId)),
        );
      expect(next).toBeDefined();
      expect(stage.plan('n', next!).items[0].data).toEqual(mentionsOf(next!, all));
    } finally {
      await store.close();
    }
  });
});
