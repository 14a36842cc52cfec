// The event index against the rule it replaces: scanning every event of a block for compatible times,
// in arrival order. Random events and mentions (few blocks, overlapping times and actors, events
// whose time and actor change after filing) must get the same decisions from both.
import { describe, expect, it } from 'vitest';
import type { EventMention, Participant } from './event.js';
import { type ActorKind, actorKind, type EventHeader, EventIndex, timesCompatible } from './event-index.js';

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const people: Participant[] = [
  { entityId: 'p1', name: 'A', type: 'PERSON' },
  { entityId: 'p2', name: 'B', type: 'PERSON' },
  { entityId: 's1', name: 'C', type: 'GPE' },
  { entityId: 's2', name: 'D', type: 'GPE' },
  { entityId: 'o1', name: 'E', type: 'ORG' },
];
const times = [
  null,
  '',
  '2025',
  '2025-08',
  '2025-08-03',
  '2025-08-30',
  '2025-09',
  '2026-01-02',
  'PAST_REF',
  'XX',
];

/** The rule before indexing: every event of the block, filtered by time, in arrival order. */
class Scan {
  readonly events: EventHeader[] = [];
  candidates(m: EventMention): EventHeader[] {
    return this.events.filter(
      (e) =>
        e.code === m.code &&
        e.sub === m.sub &&
        e.modality === m.modality &&
        (e.target?.entityId ?? '?') === (m.target?.entityId ?? '?') &&
        timesCompatible(e.time, m.time),
    );
  }
  sameActor(m: EventMention): EventHeader | null {
    const same = this.candidates(m).filter(
      (e) => (e.actor?.entityId ?? null) === (m.actor?.entityId ?? null),
    );
    return same.sort((a, b) => (b.time?.length ?? 0) - (a.time?.length ?? 0))[0] ?? null;
  }
  only(m: EventMention, kinds: readonly ActorKind[]): EventHeader | null {
    const found = this.candidates(m).filter((e) => kinds.includes(actorKind(e.actor)));
    return found.length === 1 ? found[0] : null;
  }
}

describe('event index', () => {
  it('finds the same candidates as scanning the block, as events change', () => {
    const next = random(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    const index = new EventIndex();
    const scan = new Scan();
    const kindSets: ActorKind[][] = [['none'], ['PERSON'], ['GPE'], ['PERSON', 'GPE', 'other']];
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const m = {
        code: pick(['01', '17']),
        sub: pick([null, 'x']),
        modality: 'asserted',
        target: pick([null, people[0], people[2]]),
        actor: pick([null, ...people]),
        time: pick(times),
      } as EventMention;
      expect(index.sameActor(m)).toBe(scan.sameActor(m));
      for (const kinds of kindSets) expect(index.only(m, kinds)).toBe(scan.only(m, kinds));
      checked++;
      const roll = next();
      if (roll < 0.3 || scan.events.length === 0) {
        const e = { ...m, id: `e${i}`, type: 't', label: 'l', goldstein: 0, place: null, patterns: [] };
        scan.events.push(e);
        index.file(e);
      } else if (roll < 0.6) {
        // An event learns a more specific time or gains or swaps its actor, then is filed again.
        const e = pick(scan.events);
        if (roll < 0.45) e.time = pick(times);
        else e.actor = pick([null, ...people]);
        index.file(e);
      }
    }
    expect(checked).toBe(3000);
  });

  it('reads times as compatible when one is unknown or a prefix of the other', () => {
    expect(timesCompatible('2025-08', '2025-08-03')).toBe(true);
    expect(timesCompatible(null, '2025')).toBe(true);
    expect(timesCompatible('2025-08', '2025-09')).toBe(false);
  });
});
