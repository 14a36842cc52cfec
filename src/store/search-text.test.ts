import { describe, expect, it } from 'vitest';
import { contentHash, docIdFor, normalizeForHash, versionKey } from './content-hash.js';
import { makeSnippet, searchTerms, toFts5Query } from './search-text.js';

describe('search text', () => {
  it('turns user input into quoted FTS5 terms, never syntax', () => {
    expect(toFts5Query('Maduro "capture')).toBe('"maduro" "capture"');
    expect(toFts5Query('NEAR(a b) OR c*')).toBe('"near" "a" "b" "or" "c"');
    expect(toFts5Query(' :*"() ')).toBe('');
  });

  it('folds diacritics and case, and drops repeats', () => {
    expect(searchTerms('Nicolás NICOLAS São')).toEqual(['nicolas', 'sao']);
  });

  it('marks the first matching term in a snippet, keeping the original spelling', () => {
    const text = `${'x '.repeat(200)}then Nicolás Maduro spoke ${'y '.repeat(200)}`;
    const s = makeSnippet(text, ['nicolas'], 60);
    expect(s).toContain('[Nicolás]');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(makeSnippet('no match here', ['zzz'])).toBe('no match here');
  });
});

describe('content hash', () => {
  it('ignores case, whitespace and Unicode composition', () => {
    expect(normalizeForHash(' A\u0301  b\nC ')).toBe('á b c');
    expect(contentHash('Nicolás  Maduro')).toBe(contentHash('nicola\u0301s maduro'));
    expect(contentHash('a b')).not.toBe(contentHash('ab'));
    expect(docIdFor(contentHash('x'))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keys versions on the canonical URL first', () => {
    expect(versionKey({ canonicalUrl: 'https://c', url: 'https://u' })).toBe('https://c');
    expect(versionKey({ canonicalUrl: null, url: 'https://u' })).toBe('https://u');
    expect(versionKey({ canonicalUrl: null, url: null })).toBeNull();
  });
});
