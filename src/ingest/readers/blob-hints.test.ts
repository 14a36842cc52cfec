import { describe, expect, it } from 'vitest';
import { extensionOf, isoDate, isoInstant } from './blob-hints.js';

describe('isoDate', () => {
  it('keeps ISO dates and local offsets as given, so the day never shifts', () => {
    expect(isoDate('2026-01-04')).toBe('2026-01-04');
    expect(isoDate('2026-01-04T00:30:00+01:00')).toBe('2026-01-04T00:30:00+01:00');
    expect(isoDate(' 2026-01-03T08:00:00Z ')).toBe('2026-01-03T08:00:00Z');
  });

  it('converts RFC 822 dates from feeds keeping their offset', () => {
    expect(isoDate('Mon, 05 Jan 2026 10:00:00 GMT')).toBe('2026-01-05T10:00:00Z');
    expect(isoDate('Mon, 05 Jan 2026 00:30:00 +0100')).toBe('2026-01-05T00:30:00+01:00');
    expect(isoDate('Sun, 04 Jan 2026 22:15:00 -0500')).toBe('2026-01-04T22:15:00-05:00');
  });

  it('returns null for what is not a date', () => {
    expect(isoDate('soon')).toBeNull();
    expect(isoDate(7)).toBeNull();
    expect(isoDate('')).toBeNull();
  });
});

describe('isoInstant and extensionOf', () => {
  it('normalizes a crawl time to UTC and finds extensions behind .gz and queries', () => {
    expect(isoInstant('2026-01-05T11:00:00+01:00')).toBe('2026-01-05T10:00:00.000Z');
    expect(extensionOf('/x/page.HTML.gz')).toBe('html');
    expect(extensionOf('https://a.example/feed.rss?x=1#y')).toBe('rss');
    expect(extensionOf('README')).toBe('');
  });
});
