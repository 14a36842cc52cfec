import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const split = (s: string) => splitSentences(s).map((r) => s.slice(r.start, r.end));

describe('splitSentences', () => {
  it('does not split after titles, initials or mid-sentence acronyms', () => {
    expect(split('Gen. Ivan Petrov met Gerald R. Ford in the U.S. last week. He left.')).toEqual([
      'Gen. Ivan Petrov met Gerald R. Ford in the U.S. last week.',
      'He left.',
    ]);
  });

  it('ends after an acronym when a sentence starter follows', () => {
    expect(split('They flew to the U.S. The talks failed.')).toEqual([
      'They flew to the U.S.',
      'The talks failed.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('He said: "It is over." Then he left.')).toEqual([
      'He said: "It is over."',
      'Then he left.',
    ]);
    expect(split('“We will respond. Soon,” she said.')).toEqual(['“We will respond.', 'Soon,” she said.']);
  });

  it('treats headings and list items as their own sentences', () => {
    expect(split('Headline here\n\nBody text starts. More.\n- item one\n- item two')).toEqual([
      'Headline here',
      'Body text starts.',
      'More.',
      '- item one',
      '- item two',
    ]);
  });

  it('does not split on decimals or ellipses mid-sentence', () => {
    expect(split('It cost $20.5 billion... or so, they said. Next.')).toEqual([
      'It cost $20.5 billion... or so, they said.',
      'Next.',
    ]);
  });

  it('returns nothing for empty text and valid ranges for odd text', () => {
    expect(splitSentences('')).toEqual([]);
    const odd = 'Привет! Как дела? ¡Hola! 😀 \u0000 fin';
    for (const r of splitSentences(odd)) {
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(odd.length);
      expect(r.start).toBeLessThan(r.end);
    }
    expect(split('Привет! Как дела?')).toEqual(['Привет!', 'Как дела?']);
  });
});
