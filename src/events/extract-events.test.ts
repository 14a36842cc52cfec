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
