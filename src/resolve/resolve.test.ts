import { describe, expect, it } from 'vitest';
import { clusterDocument } from './doc-clusters.js';
import type { Mention } from './entity.js';
import { EntityIndex } from './entity-index.js';
import { acronymKey, acronymsOf, nameKey } from './name-key.js';

/** Mentions for the given surface strings, found in order in the text. */
function mentionsOf(text: string, items: Array<[string, string]>): Mention[] {
  let from = 0;
  return items.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`not in text: ${surface}`);
    from = start + surface.length;
    return { start, end: start + surface.length, text: surface, type };
  });
}

describe('name keys', () => {
  it('fold diacritics, titles, possessives and transliteration variants', () => {
    expect(nameKey('Nicolás Maduro')).toBe(nameKey('Nicolas Maduro'));
    expect(nameKey("President Nicolas Maduro's")).toBe(nameKey('Nicolas Maduro'));
    expect(nameKey('Secretary of State Marco Rubio')).toBe(nameKey('Marco Rubio'));
    expect(nameKey('Volodymyr Zelenskyy')).toBe(nameKey('Volodymyr Zelensky'));
    expect(nameKey('Juan Guaidó')).toBe(nameKey('Juan Guaido'));
    expect(nameKey('Nicolas Maduro')).not.toBe(nameKey('Nicolas Sarkozy'));
  });

  it('knows acronyms and their expansions', () => {
    expect(acronymKey('RFE/RL')).toBe('RFERL');
    expect(acronymsOf('Radio Free Europe/Radio Liberty')).toContain('RFERL');
    expect(acronymsOf('Petróleos de Venezuela S.A.')).toContain('PDVSA');
    expect(acronymKey('Maduro')).toBeNull();
  });
});

describe('resolution within and across documents', () => {
  const text1 =
    'Venezuelan President Nicolás Maduro met Mark Galeotti, a senior analyst at the Crisis Group, in Moscow. ' +
    'Maduro said the Kremlin would help. Radio Free Europe/Radio Liberty asked RFE/RL editors. Moscow has sold arms.';
  const m1 = mentionsOf(text1, [
    ['Venezuelan', 'NORP'],
    ['Nicolás Maduro', 'PERSON'],
    ['Mark Galeotti', 'PERSON'],
    ['Crisis Group', 'ORG'],
    ['Moscow', 'GPE'],
    ['Maduro', 'PERSON'],
    ['Kremlin', 'ORG'],
    ['Radio Free Europe/Radio Liberty', 'ORG'],
    ['RFE/RL', 'ORG'],
    ['Moscow', 'GPE'],
  ]);

  it('joins surnames, acronyms and acting seats of government within a document', () => {
    const clusters = clusterDocument('d1', text1, m1);
    const maduro = clusters.find((c) => c.names.includes('Nicolás Maduro'))!;
    expect(maduro.mentions.map((m) => m.text)).toEqual(['Nicolás Maduro', 'Maduro']);
    const rfe = clusters.find((c) => c.names.includes('Radio Free Europe/Radio Liberty'))!;
    expect(rfe.names).toContain('RFE/RL');
    const russia = clusters.find((c) => c.country === 'RU' && c.type === 'GPE')!;
    expect(russia.mentions.map((m) => m.text)).toEqual(['Kremlin', 'Moscow']);
    // "in Moscow" is the city, not the government
    expect(clusters.some((c) => c.type === 'GPE' && c.country === undefined && c.names[0] === 'Moscow')).toBe(
      true,
    );
    const galeotti = clusters.find((c) => c.names.includes('Mark Galeotti'))!;
    expect(galeotti.roles.map((r) => r.text)).toEqual(['a senior analyst at the Crisis Group']);
  });

  it('gives one entity per referent across documents, with reasons', () => {
    const index = new EntityIndex();
    index.resolve('d1', clusterDocument('d1', text1, m1));
    const text2 =
      'Nicolas Maduro was flown to New York. Russia condemned it, and Galeotti wrote that Russia gains.';
    const m2 = mentionsOf(text2, [
      ['Nicolas Maduro', 'PERSON'],
      ['New York', 'GPE'],
      ['Russia', 'GPE'],
      ['Galeotti', 'PERSON'],
      ['Russia', 'GPE'],
    ]);
    const resolved = index.resolve('d2', clusterDocument('d2', text2, m2));
    const people = index.all().filter((e) => e.type === 'PERSON');
    expect(people.map((p) => p.name).sort()).toEqual(['Mark Galeotti', 'Nicolás Maduro']);
    const maduro = people.find((p) => p.name === 'Nicolás Maduro')!;
    expect(maduro.mentions).toEqual({ d1: 2, d2: 1 });
    expect(maduro.aliases).toContain('Nicolas Maduro');
    expect(maduro.merges.some((m) => m.reason.includes('key'))).toBe(true);
    const russia = index.all().find((e) => e.country === 'RU' && e.type === 'GPE')!;
    expect(russia.name).toBe('Russia');
    expect(russia.mentions).toEqual({ d1: 2, d2: 2 });
    expect(resolved.find((r) => r.text === 'Galeotti')!.entityId).toBe(
      people.find((p) => p.name === 'Mark Galeotti')!.id,
    );
  });

  it('keeps two people who share a surname apart, and leaves a bare shared surname to neither', () => {
    const index = new EntityIndex();
    const one = 'Hillary Clinton spoke. Clinton left.';
    index.resolve(
      'a',
      clusterDocument(
        'a',
        one,
        mentionsOf(one, [
          ['Hillary Clinton', 'PERSON'],
          ['Clinton', 'PERSON'],
        ]),
      ),
    );
    const two = 'Bill Clinton spoke. Clinton left.';
    index.resolve(
      'b',
      clusterDocument(
        'b',
        two,
        mentionsOf(two, [
          ['Bill Clinton', 'PERSON'],
          ['Clinton', 'PERSON'],
        ]),
      ),
    );
    const names = index
      .all()
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(['Bill Clinton', 'Hillary Clinton']);
    const three = 'Clinton spoke.';
    const r = index.resolve('c', clusterDocument('c', three, mentionsOf(three, [['Clinton', 'PERSON']])));
    expect(index.all().find((e) => e.id === r[0].entityId)!.name).toBe('Clinton');
  });

  it('joins a surname after an honorific only to a full name of that gender', () => {
    const text = 'Hillary Clinton and Bill Clinton spoke. Mrs. Clinton left first; Mr. Clinton stayed.';
    const cs = clusterDocument(
      'd',
      text,
      mentionsOf(text, [
        ['Hillary Clinton', 'PERSON'],
        ['Bill Clinton', 'PERSON'],
        ['Clinton', 'PERSON'],
        ['Clinton', 'PERSON'],
      ]),
    );
    const of = (name: string) => cs.find((c) => c.names.includes(name))!.mentions.map((m) => m.start);
    expect(of('Hillary Clinton')).toContain(text.indexOf('Clinton left'));
    expect(of('Bill Clinton')).toContain(text.indexOf('Clinton stayed'));
  });

  it('resolves a document against 100,000 entities through the index', () => {
    const index = new EntityIndex(
      Array.from({ length: 100_000 }, (_, i) => ({
        id: `x${i}`,
        name: `Person${i} Surname${i}`,
        type: 'PERSON',
        aliases: [],
        roles: [],
        mentions: { old: 1 },
        merges: [],
      })),
    );
    const text = 'Person77 Surname77 spoke. Surname77 left.';
    const resolved = index.resolve(
      'new',
      clusterDocument(
        'new',
        text,
        mentionsOf(text, [
          ['Person77 Surname77', 'PERSON'],
          ['Surname77', 'PERSON'],
        ]),
      ),
    );
    expect(resolved.map((r) => r.entityId)).toEqual(['x77', 'x77']);
    expect(index.size).toBe(100_000);
  });
});
