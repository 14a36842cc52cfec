import { describe, expect, it } from 'vitest';
import type { Span } from '../doc/index.js';
import { extractEvents } from './extract-events.js';
import { inflect } from './ontology.js';

function run(text: string, ents: Array<[string, string, string]>, timex: Array<[string, string]> = []) {
  let from = 0;
  const mentions: Span[] = ents.map(([surface, type, id]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return {
      start,
      end: start + surface.length,
      label: type,
      prov: { component: 'test' },
      attrs: { entityId: id },
    };
  });
  const tx: Span[] = timex.map(([surface, value]) => {
    const start = text.indexOf(surface);
    return {
      start,
      end: start + surface.length,
      label: 'DATE',
      prov: { component: 'test' },
      attrs: { value },
    };
  });
  const names = new Map(ents.map(([s, , id]) => [id, s]));
  return extractEvents({
    docId: 'd',
    text,
    sentence: { start: 0, end: text.length },
    mentions,
    names,
    timex: tx,
  });
}

describe('event extraction', () => {
  it('inflects regular verbs', () => {
    expect(inflect('capture')).toEqual(['capture', 'captures', 'captured', 'capturing']);
    expect(inflect('ship')).toContain('shipped');
    expect(inflect('supply')).toContain('supplied');
  });

  it('finds actor, target, time and place of an active verb', () => {
    const [e] = run(
      'US forces captured Nicolás Maduro in Caracas on January 3, 2026.',
      [
        ['US', 'GPE', 'us'],
        ['Nicolás Maduro', 'PERSON', 'maduro'],
        ['Caracas', 'GPE', 'caracas'],
      ],
      [['January 3, 2026', '2026-01-03']],
    );
    expect(e).toMatchObject({
      code: '17',
      actor: { entityId: 'us' },
      target: { entityId: 'maduro' },
      place: { entityId: 'caracas' },
      time: '2026-01-03',
      modality: 'asserted',
    });
  });

  it('swaps roles in the passive', () => {
    const [e] = run('Maduro was captured by the United States.', [
      ['Maduro', 'PERSON', 'maduro'],
      ['United States', 'GPE', 'us'],
    ]);
    expect(e).toMatchObject({
      code: '17',
      actor: { entityId: 'us' },
      target: { entityId: 'maduro' },
      pattern: 'verb:capture:passive',
    });
  });

  it('reads nominal events and modality', () => {
    const [sale] = run("Russia's arms sales to Venezuela grew.", [
      ['Russia', 'GPE', 'ru'],
      ['Venezuela', 'GPE', 've'],
    ]);
    expect(sale).toMatchObject({
      code: '06',
      sub: 'arms-transfer',
      actor: { entityId: 'ru' },
      target: { entityId: 've' },
    });
    const neg = run('Russia promised jets, but none were delivered to Venezuela.', [
      ['Russia', 'GPE', 'ru'],
      ['Venezuela', 'GPE', 've'],
    ]);
    expect(neg.find((e) => e.code === '06')?.modality).toBe('negated');
    const hyp = run('Putin may offer Maduro asylum.', [
      ['Putin', 'PERSON', 'putin'],
      ['Maduro', 'PERSON', 'maduro'],
    ]);
    expect(hyp[0]).toMatchObject({ code: '03', modality: 'hypothetical' });
    const req = run('Maduro asked Putin to help Venezuela.', [
      ['Maduro', 'PERSON', 'maduro'],
      ['Putin', 'PERSON', 'putin'],
      ['Venezuela', 'GPE', 've'],
    ]);
    expect(req.find((e) => e.code === '07')?.modality).toBe('requested');
  });

  it('makes no self-loop from an entity acting on itself', () => {
    const events = run('Russia condemned Russia.', [
      ['Russia', 'GPE', 'ru'],
      ['Russia', 'GPE', 'ru'],
    ]);
    expect(events[0].target).toBeNull();
  });
});

describe('nominal coercion', () => {
  it('reads a person before "capture" as the one captured', () => {
    const [e] = run("Maduro's capture stunned Caracas.", [
      ['Maduro', 'PERSON', 'maduro'],
      ['Caracas', 'GPE', 'caracas'],
    ]);
    expect(e).toMatchObject({ code: '17', actor: null, target: { entityId: 'maduro' } });
  });
});

describe('participants', () => {
  it('takes the person, not the nationality in their title, as the target', () => {
    const [e] = run('US forces captured Venezuelan President Nicolás Maduro.', [
      ['US', 'GPE', 'us'],
      ['Venezuelan', 'NORP', 've'],
      ['Nicolás Maduro', 'PERSON', 'maduro'],
    ]);
    expect(e).toMatchObject({ code: '17', actor: { entityId: 'us' }, target: { entityId: 'maduro' } });
  });

  it('reads the doer of a nominal event from its by-phrase', () => {
    const [e] = run('The removal of President Lena Fischer by Atlantian forces shocked observers.', [
      ['Lena Fischer', 'PERSON', 'fischer'],
      ['Atlantian', 'NORP', 'atlantia'],
    ]);
    expect(e).toMatchObject({ code: '17', actor: { entityId: 'atlantia' }, target: { entityId: 'fischer' } });
  });

  it('keeps the captured person when a "for" phrase follows the noun', () => {
    const [e] = run("Fischer's arrest is a blow for Brazil.", [
      ['Fischer', 'PERSON', 'fischer'],
      ['Brazil', 'GPE', 'br'],
    ]);
    expect(e).toMatchObject({ code: '17', actor: null, target: { entityId: 'fischer' } });
  });

  it('reads both sides of "an agreement between A and B"', () => {
    const [e] = run('An agreement between Chile and Peru entered into force.', [
      ['Chile', 'GPE', 'cl'],
      ['Peru', 'GPE', 'pe'],
    ]);
    expect(e).toMatchObject({ code: '05', actor: { entityId: 'cl' }, target: { entityId: 'pe' } });
  });

  it('reads a title-case heading word as a noun', () => {
    const [e] = run('Fischer Arrest: the police detained the minister.', [['Fischer', 'PERSON', 'fischer']]);
    expect(e).toMatchObject({ code: '17', actor: null, target: { entityId: 'fischer' } });
  });

  it('reads an attempt as planned, not done', () => {
    const [e] = run('The bid to oust Fischer failed in 2019.', [['Fischer', 'PERSON', 'fischer']]);
    expect(e.modality).toBe('planned');
  });
});

describe('triggers together', () => {
  it('reads "asked X to V" as a requested V from the asker to the asked', () => {
    const events = run('Lena Fischer asked Norway to deliver radars.', [
      ['Lena Fischer', 'PERSON', 'fischer'],
      ['Norway', 'GPE', 'no'],
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      code: '06',
      modality: 'requested',
      actor: { entityId: 'fischer' },
      target: { entityId: 'no' },
    });
  });

  it('reads "refused to V" as a negated V', () => {
    const events = run('Peru refused to recognize Bolivia.', [
      ['Peru', 'GPE', 'pe'],
      ['Bolivia', 'GPE', 'bo'],
    ]);
    expect(events.map((e) => [e.code, e.modality])).toEqual([['05', 'negated']]);
  });

  it('takes a trigger right after another as its object, not a second event', () => {
    const events = run('Chile criticized Peru over the arrests.', [
      ['Chile', 'GPE', 'cl'],
      ['Peru', 'GPE', 'pe'],
    ]);
    expect(events.map((e) => e.code)).toEqual(['11']);
  });

  it('gives a noun the subject of its light verb', () => {
    const [e] = run('Chile has maintained a long partnership with Peru.', [
      ['Chile', 'GPE', 'cl'],
      ['Peru', 'GPE', 'pe'],
    ]);
    expect(e).toMatchObject({ code: '05', actor: { entityId: 'cl' }, target: { entityId: 'pe' } });
  });

  it('reads "A and B fought" as A against B', () => {
    const [e] = run('Chile and Peru fought over the border.', [
      ['Chile', 'GPE', 'cl'],
      ['Peru', 'GPE', 'pe'],
    ]);
    expect(e).toMatchObject({ code: '19', actor: { entityId: 'cl' }, target: { entityId: 'pe' } });
  });
});

describe('clauses', () => {
  it('reads "With X ousted, Y …" as X ousted, not X ousting Y', () => {
    const [e] = run('With Lena Fischer ousted, Tomas Rieger has lost an ally.', [
      ['Lena Fischer', 'PERSON', 'fischer'],
      ['Tomas Rieger', 'PERSON', 'rieger'],
    ]);
    expect(e).toMatchObject({ code: '17', actor: null, target: { entityId: 'fischer' } });
  });

  it('does not take a mention after a comma as the object', () => {
    const events = run('If Chile tries to oust him, Peru will object.', [
      ['Chile', 'GPE', 'cl'],
      ['Peru', 'GPE', 'pe'],
    ]);
    expect(events.every((e) => e.target?.entityId !== 'pe')).toBe(true);
  });
});

describe('bad input', () => {
  it('stays bounded on a sentence with 50 entities', () => {
    const names = Array.from({ length: 50 }, (_, i) => `Country${String.fromCharCode(65 + (i % 26))}${i}`);
    const text = `${names.slice(0, 25).join(', ')} condemned and attacked ${names.slice(25).join(', ')}.`;
    const events = run(
      text,
      names.map((n) => [n, 'GPE', n.toLowerCase()]),
    );
    // One event per trigger at most, whatever the number of entities.
    expect(events.length).toBeLessThanOrEqual(2);
    expect(events.every((e) => !e.actor || !e.target || e.actor.entityId !== e.target.entityId)).toBe(true);
  });

  it('does not loop on circular reported speech', () => {
    const text = 'Chile said Peru said Chile said Peru condemned Chile, Peru said.';
    const events = run(text, [
      ['Chile', 'GPE', 'cl'],
      ['Peru', 'GPE', 'pe'],
      ['Chile', 'GPE', 'cl'],
      ['Peru', 'GPE', 'pe'],
      ['Chile', 'GPE', 'cl'],
      ['Peru', 'GPE', 'pe'],
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ code: '11', actor: { entityId: 'pe' }, target: { entityId: 'cl' } });
  });
});
