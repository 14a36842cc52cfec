import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.js';

const find = (text: string) => findEntities(text).map((e) => [e.type, e.text]);

describe('findEntities', () => {
  it('tags people, places and organisations with product types', () => {
    const found = find(
      'German Chancellor Angela Merkel met officials of the World Bank in Nairobi on Monday.',
    );
    expect(found).toContainEqual(['PERSON', 'Angela Merkel']);
    expect(found).toContainEqual(['ORG', 'World Bank']);
    expect(found).toContainEqual(['GPE', 'Nairobi']);
    expect(found).toContainEqual(['NORP', 'German']);
    expect(found).toContainEqual(['TITLE', 'German Chancellor']);
  });

  it('keeps ship names, weapons and operations out of the person type', () => {
    const text =
      'The USS Harry S. Truman sailed as Operation Desert Shield began; Buk-M2 and Su-30MK2 units stood by.';
    const found = find(text);
    expect(found).toContainEqual(['WEAPON', 'USS Harry S. Truman']);
    expect(found).toContainEqual(['EVENT', 'Operation Desert Shield']);
    expect(found).toContainEqual(['WEAPON', 'Buk-M2']);
    expect(found).toContainEqual(['WEAPON', 'Su-30MK2']);
    expect(found.filter(([t]) => t === 'PERSON')).toEqual([]);
  });

  it('joins organisation names written with a slash and finds role phrases', () => {
    const found = find('Analysts at Deutsche Welle/Radio Canada said so, and a senior Iran analyst agreed.');
    expect(found).toContainEqual(['ORG', 'Deutsche Welle/Radio Canada']);
    expect(found).toContainEqual(['TITLE', 'senior Iran analyst']);
  });

  it('gives offsets into the text as given', () => {
    const text = '\u{1F600} «Hola», dijo Pedro Sánchez en Madrid.\r\n';
    for (const e of findEntities(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
