import { describe, expect, it } from 'vitest';
import type { DocSummary } from '../store/store.js';
import { mentionsOverTime } from './mentions-over-time.js';

const doc = (id: string, published: string | null): [string, DocSummary] => [
  id,
  {
    id,
    source: `${id}.txt`,
    title: null,
    authors: [],
    published,
    outlet: null,
    genre: null,
    syndicatedFrom: null,
    language: null,
    words: 10,
  },
];

const docs = new Map([
  doc('a', '2026-01-03T18:40:00Z'),
  doc('b', '2026-01-05'),
  doc('c', '2026-01'),
  doc('d', null),
]);

describe('mentionsOverTime', () => {
  it('counts per day from the first to the last, gaps included, undated and coarse apart', () => {
    const r = mentionsOverTime({ a: 2, b: 3, c: 4, d: 5 }, docs, 'day');
    expect(r.buckets).toEqual([
      { period: '2026-01-03', mentions: 2, docs: 1 },
      { period: '2026-01-04', mentions: 0, docs: 0 },
      { period: '2026-01-05', mentions: 3, docs: 1 },
    ]);
    expect(r.undated).toEqual({ mentions: 5, docs: 1 });
    expect(r.coarse).toEqual({ mentions: 4, docs: 1 });
  });

  it('buckets weeks by their Monday and months by YYYY-MM', () => {
    // 3 January 2026 is a Saturday (week of Monday 29 December), 5 January a Monday.
    expect(mentionsOverTime({ a: 2, b: 3 }, docs, 'week').buckets).toEqual([
      { period: '2025-12-29', mentions: 2, docs: 1 },
      { period: '2026-01-05', mentions: 3, docs: 1 },
    ]);
    const month = mentionsOverTime({ a: 2, b: 3, c: 4 }, docs, 'month');
    expect(month.buckets).toEqual([{ period: '2026-01', mentions: 9, docs: 3 }]);
    expect(month.coarse.docs).toBe(0);
  });

  it('picks days for a short span and months for a long one', () => {
    expect(mentionsOverTime({ a: 1, b: 1 }, docs).by).toBe('day');
    const long = new Map([doc('x', '2001-05-01'), doc('y', '2026-01-01')]);
    const r = mentionsOverTime({ x: 1, y: 1 }, long);
    expect(r.by).toBe('month');
    expect(r.buckets[0].period).toBe('2001-05');
    expect(r.buckets.at(-1)!.period).toBe('2026-01');
  });

  it('lists only the non-empty buckets when filling the gaps would be too many to draw', () => {
    const long = new Map([doc('x', '1900-01-01'), doc('y', '2026-01-01')]);
    expect(mentionsOverTime({ x: 1, y: 2 }, long, 'day').buckets).toEqual([
      { period: '1900-01-01', mentions: 1, docs: 1 },
      { period: '2026-01-01', mentions: 2, docs: 1 },
    ]);
  });

  it('has no buckets when nothing is dated', () => {
    expect(mentionsOverTime({ d: 5 }, docs)).toMatchObject({ buckets: [], undated: { mentions: 5 } });
  });
});
