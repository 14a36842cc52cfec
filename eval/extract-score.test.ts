import { describe, expect, it } from 'vitest';
import { comparePage, scorePages, shingles, tokens } from './extract-score.js';

describe('extraction score (Zyte benchmark metric)', () => {
  it('tokenises on Unicode word characters, keeping case', () => {
    expect(tokens("Don't stop_now, The the 42")).toEqual(['Don', 't', 'stop_now', 'The', 'the', '42']);
  });

  it('makes one shingle of short texts and counts repeats', () => {
    expect([...shingles(['a', 'b']).values()]).toEqual([1]);
    expect(shingles('a b c d a b c d'.split(' ')).get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
  });

  it('scores a page by shingle multisets and the set by F1 of mean precision and recall', () => {
    const perfect = comparePage('one two three four five', 'one two three four five');
    expect(perfect).toMatchObject({ tp: 2, fp: 0, fn: 0, exact: true });
    const extra = comparePage('one two three four five', 'one two three four five six');
    expect(extra).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    const empty = comparePage('one two three four five', '');
    const s = scorePages([perfect, extra, empty]);
    expect(s.precision).toBeCloseTo((1 + 2 / 3) / 2);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall));
    expect(s.accuracy).toBeCloseTo(1 / 3);
  });
});
