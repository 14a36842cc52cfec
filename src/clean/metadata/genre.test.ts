import { describe, expect, it } from 'vitest';
import { guessGenre } from './genre.js';

const filler = (s: string, n: number) => Array.from({ length: n }, () => s).join(' ');
const reported = filler('The mayor said the bridge would reopen, officials told reporters on Monday.', 12);
const argued = filler('The deeper problem is structural and the consequences will be felt for years.', 12);

describe('guessGenre', () => {
  const base = { headings: [], removed: [], url: null, title: null };
  it('reads declarations, URL sections and opinion disclaimers first', () => {
    expect(guessGenre({ ...base, text: reported, declared: 'opinion' })).toBe('opinion');
    expect(guessGenre({ ...base, text: reported, url: 'https://x.example/opinion/2024/bridge' })).toBe(
      'opinion',
    );
    const disclaimer = {
      text: 'The views expressed in opinion pieces are the author’s own.',
      reason: 'disclaimer' as const,
      at: 0,
    };
    expect(guessGenre({ ...base, text: reported, removed: [disclaimer] })).toBe('opinion');
  });

  it('calls affiliate reading lists a blog, question headings an analysis, attributed text a report', () => {
    const promo = {
      text: 'Bridge Building 101 – Essential reading for engineers.',
      reason: 'promo' as const,
      at: 0,
    };
    expect(guessGenre({ ...base, text: reported, removed: [promo] })).toBe('blog');
    expect(guessGenre({ ...base, text: argued, headings: ['Why now?', 'What next?'] })).toBe('analysis');
    expect(guessGenre({ ...base, text: reported })).toBe('report');
    expect(guessGenre({ ...base, text: argued })).toBe('analysis');
    expect(guessGenre({ ...base, text: 'Too short to tell.' })).toBeNull();
  });
});
