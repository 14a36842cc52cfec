import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution.js';

describe('findAttributions', () => {
  it('gives two articles crediting the same outlet, in different words, one source key', () => {
    const a = findAttributions('According to The Washington Post, the minister sent the letter in May.');
    const b = findAttributions('The letter was sent in May, the Washington Post reported on Friday.');
    expect(a).toHaveLength(1);
    expect(b.map((x) => x.source)).toContain('The Washington Post');
    expect(a[0].key).toBe(b.find((x) => x.kind === 'outlet')?.key);
    expect(a[0]).toMatchObject({ kind: 'outlet', cue: 'according-to', source: 'The Washington Post' });
  });

  it('resolves "the Post" to the outlet named earlier, and gives offsets into the text', () => {
    const text =
      'The New York Post ran a photo. In a report, The Washington Post said the plan was old. It cost $5 million, according to the Post.';
    const found = findAttributions(text);
    const last = found.at(-1)!;
    expect(last.source).toBe('The Washington Post');
    expect(text.slice(last.sourceStart, last.sourceEnd)).toBe('the Post');
    expect(text.slice(last.start, last.end)).toBe('according to the Post');
    expect(text.slice(last.sentence.start, last.sentence.end)).toBe(
      'It cost $5 million, according to the Post.',
    );
  });

  it('reads "told Reuters", "as first reported by" and "citing" as outlet credits', () => {
    const found = findAttributions(
      'A spokesman told Reuters the talks had stalled. The deal, as first reported by Politico, fell apart. Prices rose, citing Interfax.',
    );
    expect(found.map((f) => [f.cue, f.source])).toEqual([
      ['told-outlet', 'Reuters'],
      ['first-reported-by', 'Politico'],
      ['citing', 'Interfax'],
    ]);
  });

  it('credits a person, and not a possessive or a pronoun', () => {
    const found = findAttributions(
      "“We will not wait,” said Anna Example. Maduro's alleged role is unclear. He said nothing.",
    );
    expect(found.map((f) => f.source)).toEqual(['Anna Example']);
    expect(found[0].kind).not.toBe('outlet');
  });

  it('types a person source from the entity layer and keys it by surname', () => {
    const text = 'Anna Example said the bridge was safe.';
    const entities = [{ start: 0, end: 12, label: 'PERSON', prov: { component: 'test' } }];
    expect(findAttributions(text, { entities })[0]).toMatchObject({ kind: 'person', key: 'person:example' });
  });

  it('takes generic state media as an outlet source', () => {
    const found = findAttributions('The pact entered into force, Russian state media reported on Monday.');
    expect(found[0]).toMatchObject({ source: 'Russian state media', kind: 'outlet' });
  });
});
