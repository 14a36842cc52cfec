import { describe, expect, it } from 'vitest';
import { tagTimex } from './tag-timex.js';

const tag = (text: string, dct: string | null = '2026-01-05') => tagTimex(text, { dct });
const one = (text: string, dct: string | null = '2026-01-05') => tag(text, dct)[0];

describe('tagTimex', () => {
  it('normalizes absolute dates, modifiers, decades, quarters and durations', () => {
    expect(one('It began on January 3, 2026.')).toMatchObject({
      type: 'DATE',
      value: '2026-01-03',
      granularity: 'day',
    });
    expect(one('The plane landed in late October.')).toMatchObject({
      value: '2025-10',
      mod: 'END',
      text: 'late October',
    });
    expect(one('It was ratified in mid-October.')).toMatchObject({ value: '2025-10', mod: 'MID' });
    expect(one('This happened in the early 2000s.')).toMatchObject({ value: '200', mod: 'START' });
    expect(one('Profits fell in the fourth quarter.')).toMatchObject({ value: '2025-Q4' });
    expect(one('The talks lasted two days.')).toMatchObject({ type: 'DURATION', value: 'P2D' });
    expect(one('Officials meet every week.')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(one('He is now in custody.')).toMatchObject({ value: 'PRESENT_REF' });
  });

  it('keeps open ranges as modifiers', () => {
    expect(one('Moscow has sold arms since 1999.')).toMatchObject({ value: '1999', mod: 'ON_OR_AFTER' });
    expect(one('The ban lasts until March.', '2026-01-05')).toMatchObject({ mod: 'ON_OR_BEFORE' });
  });

  it('anchors deictic expressions to the document date', () => {
    expect(one('He spoke last week.')).toMatchObject({ value: '2026-W01', anchor: 'dct' });
    expect(one('He spoke on Friday.')).toMatchObject({ value: '2026-01-02' });
    expect(one('He will speak on Friday.')).toMatchObject({ value: '2026-01-09' });
    expect(one('Sales rose this year.')).toMatchObject({ value: '2026' });
  });

  it('resolves a bare month to its nearest past occurrence unless the clause looks ahead', () => {
    expect(one('He wrote to Putin in October.')).toMatchObject({
      value: '2025-10',
      rule: 'month:nearest-past',
    });
    expect(one('The summit will be held in March.')).toMatchObject({ value: '2026-03' });
  });

  it('anchors anaphoric expressions to the date last mentioned', () => {
    const [first, second] = tag(
      'On November 1, she spoke. Two days earlier, she had said more.',
      '2025-11-20',
    );
    expect(first.value).toBe('2025-11-01');
    expect(second).toMatchObject({ value: '2025-10-30', anchor: `t${first.start}` });
  });

  it('keeps an unknown year unresolved when the document date is unknown', () => {
    const [a, b] = tag('On October 27 she spoke. Two days earlier, he left.', null);
    expect(a).toMatchObject({ value: 'XXXX-10-27', resolved: false });
    expect(b).toMatchObject({ value: 'XXXX-10-25', resolved: false });
    expect(one('He left last week.', null)).toMatchObject({ value: 'XXXX-WXX', resolved: false });
  });

  it('does not take bad input for dates', () => {
    expect(tag('Russia may respond soon.')).toEqual([]);
    expect(tag('They sent 2,000 troops and 1500 soldiers.')).toEqual([]);
    expect(tag('It was due on 31 February.')).toEqual([]);
    expect(tag('He came on the 32nd.')).toEqual([]);
    expect(() => tag('\u0000 ))) 99/99/9999 February 30, 2025 the 0th')).not.toThrow();
    expect(tag('February 30, 2025')).toEqual([]);
  });

  it('gives offsets into the text exactly as read', () => {
    const text = 'Café — “Jan. 5, 2026” was cold.';
    for (const t of tag(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
