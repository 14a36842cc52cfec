import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations, initials and separators together', () => {
    expect(texts('Gen. Smith met Gerald R. Ford in the U.S. on Jan. 5')).toEqual([
      'Gen.',
      'Smith',
      'met',
      'Gerald',
      'R.',
      'Ford',
      'in',
      'the',
      'U.S.',
      'on',
      'Jan.',
      '5',
    ]);
    expect(texts('$20.5 billion and 5,000 missiles')).toEqual([
      '$',
      '20.5',
      'billion',
      'and',
      '5,000',
      'missiles',
    ]);
  });

  it('keeps hyphenated names whole and splits clitics', () => {
    expect(texts("Russia's Igla-S and al-Assad's Il-76 won't")).toEqual([
      'Russia',
      "'s",
      'Igla-S',
      'and',
      'al-Assad',
      "'s",
      'Il-76',
      'wo',
      "n't",
    ]);
  });

  it('separates quotes, dashes and ellipses', () => {
    expect(texts('“Yes…” — he said -- fine...')).toEqual([
      '“',
      'Yes',
      '…',
      '”',
      '—',
      'he',
      'said',
      '--',
      'fine',
      '...',
    ]);
  });

  it('gives offsets that slice back to the token text on odd input', () => {
    const odd = 'Привет, мир! ¿Qué tal? 😀👍🏽\u0000\u0007 a\u200bb \t\r\n';
    for (const t of tokenize(odd)) expect(odd.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize('')).toEqual([]);
    expect(texts('👍🏽')).toEqual(['👍🏽']);
  });

  it('handles one long line without punctuation', () => {
    const line = 'word '.repeat(200_000);
    const toks = tokenize(line);
    expect(toks.length).toBe(200_000);
    expect(toks[toks.length - 1].end).toBe(line.length - 1);
  });
});
