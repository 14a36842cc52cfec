import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract-quotes.js';

const speakers = (text: string, entities = [] as { start: number; end: number; label: string }[]) =>
  extractQuotes(text, { entities }).map((q) => ({
    name: q.speaker?.name ?? null,
    type: q.speaker?.type,
    role: q.role,
  }));

describe('speaker resolution', () => {
  it('splits a stated role from the name', () => {
    const [s] = speakers('Foreign Ministry Spokeswoman Jane Roe said the talks had failed.');
    expect(s).toMatchObject({ name: 'Jane Roe', role: 'Foreign Ministry Spokeswoman' });
  });

  it('maps a surname to the full name used earlier', () => {
    const s = speakers('Jane Roe said the plan was sound. Later, Roe said it had failed.');
    expect(s.map((x) => x.name)).toEqual(['Jane Roe', 'Jane Roe']);
  });

  it('maps a pronoun in attribution position to the nearest compatible speaker', () => {
    const text =
      '“We are ready,” said Mr. John Doe.\n\n“We will act,” said Mrs. Jane Roe.\n\n“Soon,” he wrote.';
    expect(speakers(text).map((x) => x.name)).toEqual(['John Doe', 'Jane Roe', 'John Doe']);
  });

  it('maps a role noun to the person who held that role', () => {
    const text =
      'Foreign Ministry Spokeswoman Jane Roe spoke on Monday. The spokeswoman said the talks were over.';
    expect(speakers(text).at(-1)?.name).toBe('Jane Roe');
  });

  it('does not map a role to someone with a different qualifier', () => {
    const text = 'Freedonian President John Doe arrived. The Sylvanian president said: “No.”';
    expect(speakers(text).at(-1)?.name).toBeNull();
  });

  it('attributes an organisation as an organisation', () => {
    const [s] = speakers('The Foreign Ministry sharply condemned the strike as “aggression.”');
    expect(s).toMatchObject({ name: 'Foreign Ministry', type: 'ORG' });
  });

  it('uses person mentions from an entity layer for pronouns', () => {
    const text = 'Jane Roe said the plan was sound. John Smith has doubts. “It will fail,” he said.';
    const at = text.indexOf('John Smith');
    const s = speakers(text, [{ start: at, end: at + 10, label: 'PERSON' }]);
    expect(s.at(-1)?.name).toBe('John Smith');
  });

  it('types a capital speaking for its government as a place, not a person', () => {
    const [s] = speakers('Moscow said the strikes were illegal.');
    expect(s).toMatchObject({ name: 'Moscow', type: 'GPE' });
  });

  it('lets a bare surname in the text bring its person closer for a later pronoun', () => {
    const text =
      'President John Doe spoke first. “Go,” said Jane Roe, an analyst.\n\nDoe later changed course. “Stop,” he said.';
    expect(speakers(text).at(-1)?.name).toBe('John Doe');
  });

  it('prefers a person over a title, and an organisation over a nationality, from the entity layer', () => {
    const text =
      'Foreign Minister Jane Roe said the talks failed. The Freedonian Foreign Ministry said it agreed.';
    const ents = [
      { start: 0, end: 16, label: 'TITLE' },
      { start: 17, end: 25, label: 'PERSON' },
      { start: text.indexOf('Freedonian'), end: text.indexOf('Freedonian') + 10, label: 'NORP' },
    ];
    const s = speakers(text, ents);
    expect(s[0]).toMatchObject({ name: 'Jane Roe', role: 'Foreign Minister' });
    expect(s[1]).toMatchObject({ name: 'Freedonian Foreign Ministry', type: 'ORG' });
  });

  it('knows gender from a first name when no title or role says it', () => {
    const text = '“Go,” said Peter Hahn.\n\n“Stop,” said Maria Lopez.\n\n“Wait,” he wrote.';
    expect(speakers(text).map((x) => x.name)).toEqual(['Peter Hahn', 'Maria Lopez', 'Peter Hahn']);
  });

  it('reads "the US president" as a role phrase, not as the country inside it', () => {
    const text = 'US President John Doe spoke on Monday. Later the US president said: “No.”';
    const us = [...text.matchAll(/\bUS\b/g)].map((m) => ({
      start: m.index!,
      end: m.index! + 2,
      label: 'GPE',
    }));
    const ents = [...us, { start: 13, end: 21, label: 'PERSON' }];
    expect(speakers(text, ents).at(-1)).toMatchObject({
      name: 'John Doe',
      type: 'PERSON',
      role: 'US President',
    });
  });
});
