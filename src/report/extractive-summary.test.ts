import { describe, expect, it } from 'vitest';
import { summarize } from './extractive-summary.js';

const doc = (id: string, text: string, published: string | null = null) => ({ id, text, published });

describe('summarize', () => {
  const shared =
    'The harbour council approved money for the north pier on Tuesday evening after hours of debate.';
  const docs = [
    doc(
      'a',
      `${shared}\n\nA local bakery changed its opening hours for the winter holiday season this year.`,
      '2026-01-02',
    ),
    doc(
      'b',
      'Engineers warned that the north pier could collapse within two winters without urgent repairs.\n\nThe weather stayed mild and dry across the coastal towns for most of the week.',
      '2026-01-01',
    ),
    doc(
      'c',
      'Fishermen at the north pier said their boats would move to the southern harbour during the works.',
    ),
  ];

  it('prefers sentences whose words recur across documents, one per document, in date order', () => {
    const out = summarize(docs, 3);
    expect(out.map((s) => s.docId)).toEqual(['b', 'a', 'c']);
    expect(out.every((s) => /pier/.test(s.text))).toBe(true);
  });

  it('keeps offsets that point at the sentence in its document', () => {
    for (const s of summarize(docs, 3)) {
      const d = docs.find((x) => x.id === s.docId)!;
      expect(d.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('drops near-repeats and returns nothing for empty input', () => {
    const twins = [doc('x', shared), doc('y', shared.replace('Tuesday', 'Monday'))];
    expect(summarize(twins, 5)).toHaveLength(1);
    expect(summarize([], 5)).toEqual([]);
  });
});
