import { describe, expect, it } from 'vitest';
import { addToTimeline, buildTimeline } from './timeline.js';
import { docMentions } from './timeline-mentions.js';
import type { AnalysedDoc, TimelineItem } from './timeline-types.js';

const doc = (id: string, published: string | null, text: string): AnalysedDoc => ({
  id,
  text,
  published,
  layers: {},
});

const docs = [
  doc(
    'a',
    '2024-03-12',
    'Rebels captured General Okafor in Lagoma on March 10. The army said it would respond.',
  ),
  doc(
    'b',
    '2024-03-15',
    'On March 10, 2024, rebels seized General Okafor near Lagoma. The port reopened on March 14.',
  ),
  doc(
    'c',
    null,
    'The capture of General Okafor on March 10 shocked Lagoma. In February, he had warned of unrest.',
  ),
  doc('d', '2024-03-20', 'Flooding hit the Delta region on March 18, officials said.'),
];

const strip = (items: TimelineItem[]) => JSON.stringify(items);

describe('timeline', () => {
  it('merges reports of one happening across articles and explains why', () => {
    const items = buildTimeline(docs);
    const capture = items.find((i) => i.value === '2024-03-10')!;
    expect(capture.docs.sort()).toEqual(['a', 'b', 'c']);
    expect(capture.merged.join('\n')).toMatch(/shared actors: .*okafor/);
    expect(
      capture.evidence.every(
        (e) => docs.find((d) => d.id === e.docId)!.text.slice(e.start, e.end) === e.text,
      ),
    ).toBe(true);
    expect(items.find((i) => i.value === '2024-03-18')!.docs).toEqual(['d']);
  });

  it('dates an undated article from the story and keeps its report time apart', () => {
    const items = buildTimeline(docs);
    const fromC = items.flatMap((i) => i.mentions).filter((m) => m.docId === 'c');
    expect(fromC.find((m) => m.value === '2024-02')).toBeTruthy();
    expect(fromC[0].reportTimeEstimate).toMatchObject({ from: 'story', value: '2024-03-10' });
    const capture = items.find((i) => i.value === '2024-03-10')!;
    expect(capture.reports.find((r) => r.docId === 'a')).toEqual({ docId: 'a', time: '2024-03-12' });
    expect(capture.reports.find((r) => r.docId === 'c')?.estimate?.from).toBe('story');
  });

  it('adds a document incrementally with the same result as a full rebuild', () => {
    const full = buildTimeline(docs);
    const withoutB = buildTimeline(docs.filter((d) => d.id !== 'b'));
    const before = withoutB.find((i) => i.value === '2024-03-18')!;
    const incremental = addToTimeline(withoutB, docMentions(docs[1]));
    expect(strip(incremental)).toBe(strip(full));
    // Items the new document does not touch are kept as they were, not recomputed.
    expect(incremental.find((i) => i.value === '2024-03-18')).toBe(before);
  });
});
