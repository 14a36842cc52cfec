import { describe, expect, it } from 'vitest';
import { statusOf, valueRanges } from './claim-status.js';
import type { ClaimMention, ClaimValue } from './claim-types.js';
import { conflictBetween, matchMentions } from './match-claims.js';

const money = (amount: number, qualifier: string | null = null): ClaimValue => ({
  kind: 'MONEY',
  text: `$${amount / 1e9} billion`,
  amount,
  currency: 'USD',
  qualifier,
  unit: null,
  noun: null,
});

function mention(over: Partial<ClaimMention>): ClaimMention {
  return {
    docId: 'a',
    start: 0,
    end: 10,
    text: '',
    subject: null,
    predicate: 'supply',
    verb: 'sold',
    object: null,
    entities: [
      { id: 'e-norway', name: 'Norway', type: 'GPE' },
      { id: 'e-chile', name: 'Chile', type: 'GPE' },
    ],
    values: [],
    times: [],
    claimant: null,
    modality: 'asserted',
    cues: [],
    negated: false,
    words: ['norway', 'sold', 'weapon', 'chile'],
    origin: 'o:a',
    originName: 'Outlet A',
    ...over,
  };
}

describe('matching claims across articles', () => {
  it('joins two wordings of one supply claim with agreeing figures', () => {
    const a = mention({ values: [money(5e9, '>=')], words: ['norway', 'sold', 'weapon', 'chile', 'since'] });
    const b = mention({
      docId: 'b',
      values: [money(5e9, '>=')],
      words: ['oslo', 'supplied', 'equipment', 'santiago'],
      origin: 'o:b',
    });
    expect(matchMentions(a, b)?.why).toMatch(/same figure/);
    expect(statusOf([a, b]).status).toBe('corroborated');
    expect(valueRanges([a, b])[0].text).toBe('more than $5 billion');
  });

  it('does not join claims with different predicates', () => {
    const a = mention({ values: [money(5e9)] });
    const b = mention({
      docId: 'b',
      predicate: 'capture',
      values: [money(5e9)],
      words: ['navy', 'seized', 'ship'],
    });
    expect(matchMentions(a, b)).toBeNull();
  });

  it('marks a conflicting figure as contradicted, showing both sides', () => {
    const a = mention({ text: 'Norway sold Chile weapons worth $5 billion.', values: [money(5e9)] });
    const b = mention({
      docId: 'b',
      text: 'Norway sold Chile $9 billion of weapons.',
      values: [money(9e9)],
      origin: 'o:b',
    });
    expect(matchMentions(a, b)).not.toBeNull();
    const s = statusOf([a, b]);
    expect(s.status).toBe('contradicted');
    expect(s.conflicts[0].sides.map((x) => x.docId)).toEqual(['a', 'b']);
  });

  it('marks a denial of the same statement as contradicted', () => {
    const a = mention({ words: ['norway', 'sold', 'weapon', 'chile', 'ministry'] });
    const b = mention({
      docId: 'b',
      negated: true,
      words: ['norway', 'sold', 'weapon', 'chile', 'ministry'],
      origin: 'o:b',
    });
    expect(conflictBetween(a, b)).toMatch(/denies/);
  });

  it('counts mentions crediting the same claimant as one origin', () => {
    const claimant = {
      name: 'The Daily Courier',
      key: 'outlet:daily courier',
      cue: 'according-to',
      start: 0,
      end: 0,
    };
    const a = mention({ claimant, origin: 'outlet:daily courier', originName: 'The Daily Courier' });
    const b = mention({
      docId: 'b',
      claimant,
      origin: 'outlet:daily courier',
      originName: 'The Daily Courier',
    });
    const s = statusOf([a, b]);
    expect(s.status).toBe('single-source');
    expect(s.origins).toEqual([
      { origin: 'The Daily Courier', key: 'outlet:daily courier', docs: ['a', 'b'] },
    ]);
  });
});
