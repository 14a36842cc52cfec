import { describe, expect, it } from 'vitest';
import { ClaimFacts } from './claim-facts.js';
import type { ClaimMention } from './claim-types.js';
import { features, HeldClaims } from './held-claims.js';
import { StringPool } from './kept-wording.js';
import { matchMentions } from './match-claims.js';

/** Claim `i` of a synthetic corpus: its own two entities and words, said by document `doc`. */
function mention(i: number, doc: string, start = 0): ClaimMention {
  return {
    docId: doc,
    start,
    end: start + 40,
    text: `claim ${i} as worded in ${doc}`,
    subject: null,
    predicate: 'supply',
    verb: 'sold',
    object: null,
    entities: [
      { id: `e-${i}-a`, name: `A${i}`, type: 'GPE' },
      { id: `e-${i}-b`, name: `B${i}`, type: 'GPE' },
    ],
    values: [],
    times: ['2024-05'],
    claimant: null,
    modality: 'asserted',
    cues: [],
    negated: false,
    words: [`a${i}`, `b${i}`, 'sold', 'ship', `w${i}`],
    origin: `o:${doc}`,
    originName: doc,
  };
}

function fill(held: HeldClaims, pool: StringPool, from: number, to: number): number[] {
  const ns: number[] = [];
  for (let i = from; i < to; i++) {
    const m = mention(i, `d${i}`);
    ns.push(held.open(new ClaimFacts({ id: `c-${i}`, mentions: [m] }, pool), features(m)));
    held.evict();
  }
  return ns;
}

describe('HeldClaims', () => {
  it('holds every claim while the budget allows, and finds each by its features', () => {
    const pool = new StringPool();
    const held = new HeldClaims(10_000);
    const ns = fill(held, pool, 0, 500);
    expect(held.size).toEqual({ claims: 500, wordings: 500, features: 1000 });
    const again = mention(7, 'later', 5);
    const [f] = features(again);
    expect([...held.posting(f!)!]).toEqual([ns[7]]);
    expect(matchMentions(again, held.facts(ns[7]!).wordings[0]!)).not.toBeNull();
  });

  it('stays within a tiny budget over many claims, letting the least recently touched go', () => {
    const pool = new StringPool();
    const held = new HeldClaims(20);
    const ns = fill(held, pool, 0, 5);
    // Claim 0 is reprinted by other outlets as others arrive: touched, it stays.
    for (let i = 5; i < 2000; i++) {
      fill(held, pool, i, i + 1);
      if (i % 10 === 0) {
        held.add(ns[0]!, { ...mention(0, `r${i}`, 3), text: mention(0, 'd0').text });
        held.evict();
      }
    }
    const size = held.size;
    expect(size.wordings).toBeLessThanOrEqual(20);
    expect(size.claims).toBeLessThanOrEqual(20);
    // Postings of let-go claims are gone with them: two features per held claim at most.
    expect(size.features).toBeLessThanOrEqual(2 * size.claims);
    // A claim untouched for long is no longer found: a mention of it would open a new claim.
    expect(held.posting(features(mention(3, 'x'))[0]!)).toBeUndefined();
    // The most recent claims, and the one kept busy, are found and match.
    for (const i of [1999, 1998, 0]) {
      const m = mention(i, 'now', 9);
      const ids = held.posting(features(m)[0]!);
      expect(ids?.size).toBe(1);
      const facts = held.facts([...ids!][0]!);
      expect(facts.id).toBe(`c-${i}`);
      expect(facts.wordings.some((w) => matchMentions(m, w))).toBe(true);
    }
    // The busy claim kept its status: two origins.
    expect(held.facts([...held.posting(features(mention(0, 'y'))[0]!)!][0]!).statusNow()).toBe(
      'corroborated',
    );
  });
});
