import { describe, expect, it } from 'vitest';
import { findWrittenDate, isDateOnly, isoFromMachine, isoFromUrl } from './dates.js';

describe('dates', () => {
  it('keeps ISO values from meta tags, with the zone when a time is given', () => {
    expect(isoFromMachine('2024-03-05T08:30:00+0100')).toBe('2024-03-05T08:30:00+01:00');
    expect(isoFromMachine('2024-03-05')).toBe('2024-03-05');
    expect(isoFromMachine('20240305')).toBe('2024-03-05');
    expect(isoFromMachine('not a date')).toBeNull();
  });

  it('reads written dates with a year, day-first when dotted', () => {
    expect(findWrittenDate('PUBLISHED: 10:48, Tue, Nov 19, 2019')?.iso).toBe('2019-11-19');
    expect(findWrittenDate('Julkaistu 2.9.2020 klo 12.00')?.iso).toBe('2020-09-02');
    expect(findWrittenDate('By Jo Lane - 11/18/19 11:04 PM EST')?.iso).toBe('2019-11-18');
  });

  it('ignores relative and year-less dates, which would depend on the reading time', () => {
    expect(findWrittenDate('Published 2 hours ago')).toBeNull();
    expect(findWrittenDate('Updated yesterday')).toBeNull();
    expect(findWrittenDate('Nov 19, 9:41 AM')).toBeNull();
  });

  it('recognises a line that is only a date', () => {
    expect(isDateOnly('January 05, 2026')).toBe(true);
    expect(isDateOnly('On January 5, 2026 the talks resumed in the capital')).toBe(false);
  });

  it('finds dates in URL paths', () => {
    expect(isoFromUrl('https://x.example/2026/01/05/story-a1')).toBe('2026-01-05');
    expect(isoFromUrl('https://x.example/news/20191120-story')).toBe('2019-11-20');
    expect(isoFromUrl('https://x.example/news/2019/11/story')).toBeNull();
  });
});
