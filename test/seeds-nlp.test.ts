// The language core on the seed articles (read from ../shared at run time): people named in full are
// one PERSON mention over the whole name, a warship named after a president is not a person, and
// the organisation, operation, weapon and money the articles mention come out typed and valued.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EntityMention, findEntities } from '../src/nlp/entities.js';
import { findValues, type ValueMention } from '../src/nlp/values.js';
import { sharedPath } from './shared.js';

const dir = sharedPath('corpus', 'seeds');
const seeds = dir ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];

// People the seeds name in full (leaders, officials, analysts); facts, not sentences.
const PEOPLE = [
  'Vladimir Putin',
  'Nicolás Maduro',
  'Nicolas Maduro',
  'Donald Trump',
  'Maria Zakharova',
  'Marco Rubio',
  'Mark Galeotti',
  'Sergey Lavrov',
  'Delcy Rodríguez',
  'Andrey Kortunov',
  'Vladimir Rouvinski',
  'Oleg Ignatov',
  'Recep Tayyip Erdoğan',
  'Yevgeny Primakov',
  'Cilia Flores',
  'Hugo Chávez',
  'Juan Guaidó',
  'Bashar al-Assad',
  'Viktor Yanukovych',
  'Margarita Simonyan',
];

describe.skipIf(!dir)('language core on the seed articles', () => {
  const docs: { file: string; text: string; entities: EntityMention[]; values: ValueMention[] }[] = seeds.map(
    (file) => {
      const text = readFileSync(join(dir as string, file), 'utf8');
      return { file, text, entities: findEntities(text), values: findValues(text) };
    },
  );
  const covering = (d: (typeof docs)[number], start: number, end: number) =>
    d.entities.filter((e) => e.start < end && start < e.end && e.type !== 'TITLE');

  it('makes every person named in full one PERSON mention spanning the full name', () => {
    let checked = 0;
    for (const d of docs) {
      for (const name of PEOPLE) {
        for (let at = d.text.indexOf(name); at >= 0; at = d.text.indexOf(name, at + 1)) {
          const cover = covering(d, at, at + name.length);
          expect(
            cover.map((e) => [e.type, e.text]),
            `${d.file}: ${name}`,
          ).toEqual([['PERSON', name]]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('never splits a full name into two person mentions side by side', () => {
    for (const d of docs) {
      const people = d.entities.filter((e) => e.type === 'PERSON');
      for (let k = 1; k < people.length; k++) {
        const gap = d.text.slice(people[k - 1].end, people[k].start);
        expect(gap === ' ' || gap === '', `${d.file}: ${people[k - 1].text} | ${people[k].text}`).toBe(false);
      }
    }
  });

  it('tags the warship as equipment, not a person', () => {
    const d = docs.find((x) => x.text.includes('USS Gerald R'));
    expect(d).toBeDefined();
    const at = d!.text.indexOf('USS Gerald R');
    const cover = covering(d!, at, at + 'USS Gerald R Ford'.length);
    expect(cover.map((e) => e.type)).toEqual(['WEAPON']);
    expect(cover[0].text.startsWith('USS Gerald R')).toBe(true);
  });

  it('finds the broadcaster as one ORG, the operation as an EVENT and the missile as a WEAPON', () => {
    const all = docs.flatMap((d) => d.entities.map((e) => [e.type, e.text]));
    expect(all).toContainEqual(['ORG', 'Radio Free Europe/Radio Liberty']);
    expect(all).toContainEqual(['EVENT', 'Operation Absolute Resolve']);
    expect(all).toContainEqual(['WEAPON', 'Igla-S']);
    expect(
      all.filter(([, t]) => t === 'Operation Absolute Resolve').every(([type]) => type === 'EVENT'),
    ).toBe(true);
  });

  it('reads "$20 billion" as money with its value and qualifier', () => {
    const money = docs.flatMap((d) =>
      d.values.filter((v) => v.type === 'MONEY' && v.text.includes('20 billion')),
    );
    expect(money.length).toBeGreaterThan(0);
    for (const m of money) expect(m).toMatchObject({ amount: 2e10, currency: 'USD' });
    expect(money.some((m) => m.qualifier === '>=')).toBe(true);
  });

  it('links an amount in yen to its dollar conversion', () => {
    const yen = docs.flatMap((d) => d.values.filter((v) => v.type === 'MONEY' && v.currency === 'JPY'));
    expect(yen.length).toBeGreaterThan(0);
    expect(yen.some((v) => v.linkedTo !== null && v.amount === 9e12)).toBe(true);
  });

  it('counts the missiles and the soldiers', () => {
    const nouns = docs.flatMap((d) =>
      d.values.filter((v) => v.type === 'CARDINAL').map((v) => [v.amount, v.noun]),
    );
    expect(nouns).toContainEqual([5000, 'missiles']);
    expect(nouns).toContainEqual([100, 'soldiers']);
  });
});
