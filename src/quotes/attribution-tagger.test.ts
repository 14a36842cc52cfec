import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution-tagger.js';
import { extractQuotes } from './extract-quotes.js';

const slice = (text: string, r: { start: number; end: number } | null) =>
  r ? text.slice(r.start, r.end) : null;

describe('findAttributions (trained tagger)', () => {
  it('finds a direct quote with its cue and source', () => {
    const text = '“We will not back down,” Senator Jane Roe said on Tuesday.';
    const [q] = findAttributions(text);
    expect(slice(text, q.content)).toContain('We will not back down');
    expect(slice(text, q.cue)).toBe('said');
    expect(slice(text, q.source)).toBe('Senator Jane Roe');
    expect(q.direct).toBe(true);
  });

  it('finds reported speech without quote marks', () => {
    const text = 'The governor said that the budget would be balanced by next year.';
    const qs = findAttributions(text);
    expect(qs).toHaveLength(1);
    expect(slice(text, qs[0].source)).toBe('The governor');
    expect(slice(text, qs[0].content)).toMatch(/^(?:that )?the budget would be balanced/);
    expect(qs[0].direct).toBe(false);
  });

  it('keeps the rule-based finder’s speakers on the extract path', () => {
    const text = 'Jane Roe, a spokeswoman for the ministry, spoke on Monday.\n\n“We are ready,” she said.';
    const qs = extractQuotes(text, { entities: [{ start: 0, end: 8, label: 'PERSON' }] });
    const direct = qs.find((q) => q.direct);
    expect(direct?.speaker?.name).toBe('Jane Roe');
  });

  it('returns nothing for empty text or text without attributions', () => {
    expect(findAttributions('')).toEqual([]);
    expect(findAttributions('The river rose two metres overnight.')).toEqual([]);
  });
});

describe('findAttributions on bad input', () => {
  it('survives unbalanced marks, a quote running to the end and nested quotes', () => {
    for (const text of [
      'He said: “This never closes. And it goes on',
      '“Stray ” closers ” everywhere,” she said. ”',
      '“She told me ‘never again’ and meant it,” he said.',
      '" " " said said said " "',
    ]) {
      const qs = findAttributions(text);
      for (const q of qs) {
        expect(q.content.start).toBeGreaterThanOrEqual(0);
        expect(q.content.end).toBeLessThanOrEqual(text.length);
        expect(q.content.end).toBeGreaterThan(q.content.start);
      }
    }
  });

  it('handles 10,000 quotes in one document', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `“Point number ${i},” the speaker said.`).join(' ');
    const qs = findAttributions(text);
    expect(qs.length).toBeGreaterThan(9_000);
    expect(qs.at(-1)!.content.start).toBeGreaterThan(qs[0].content.start);
  });

  it('handles one huge paragraph with no sentence ends', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? 'said' : 'word')).join(' ');
    expect(() => findAttributions(text)).not.toThrow();
  });
});
