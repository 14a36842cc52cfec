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

/**
 * The rule before indexing: every event of the block, filtered by time, in arrival order; with a cap,
 * only the `cap` events filed or re-filed most recently.
 */
class Scan {
  readonly events: EventHeader[] = [];
  private readonly touched: EventHeader[] = [];
  constructor(private readonly cap = Number.POSITIVE_INFINITY) {}
  file(e: EventHeader): void {
    if (!this.events.includes(e)) this.events.push(e);
    const at = this.touched.indexOf(e);
    if (at >= 0) this.touched.splice(at, 1);
    this.touched.push(e);
    if (this.touched.length > this.cap) this.events.splice(this.events.indexOf(this.touched.shift()!), 1);
  }
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
  it.each([
    [Number.POSITIVE_INFINITY, 7],
    [40, 7],
    [5, 8],
  ])('finds the same candidates as scanning the block, as events change (cap %d)', (cap, seed) => {
    const next = random(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    const index = new EventIndex(cap);
    const scan = new Scan(cap);
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
        scan.file(e);
        index.file(e);
      } else if (roll < 0.6) {
        // An event learns a more specific time or gains or swaps its actor, then is filed again.
        const e = pick(scan.events);
        if (roll < 0.45) e.time = pick(times);
        else e.actor = pick([null, ...people]);
        scan.file(e);
        index.file(e);
      }
      expect(index.size).toBe(scan.events.length);
      expect(index.size).toBeLessThanOrEqual(cap);
    }
    expect(checked).toBe(3000);
  });

  it('holds at most its cap, letting the least recently touched go with its emptied block', () => {
    const index = new EventIndex(3);
    const events = Array.from({ length: 10 }, (_, i) => ({
      id: `e${i}`,
      code: '01',
      sub: null,
      modality: 'asserted',
      type: 't',
      label: 'l',
      goldstein: 0,
      place: null,
      patterns: [],
      actor: people[0],
      target: { entityId: `t${i}`, name: `T${i}`, type: 'GPE' },
      time: '2025-08',
    })) as EventHeader[];
    const mention = (e: EventHeader) =>
      ({ ...e, evidence: { docId: 'x', start: 0, end: 1, text: '' } }) as unknown as EventMention;
    index.file(events[0]);
    for (const e of events.slice(1)) {
      index.file(e);
      // Touching the first keeps it while the others come and go.
      index.file(events[0]);
    }
    expect(index.size).toBe(3);
    expect(index.blockCount).toBe(3);
    expect(index.sameActor(mention(events[0]))).toBe(events[0]);
    expect(index.sameActor(mention(events[9]))).toBe(events[9]);
    expect(index.sameActor(mention(events[8]))).toBe(events[8]);
    expect(index.sameActor(mention(events[7]))).toBeNull();
  });

  it('reads times as compatible when one is unknown or a prefix of the other', () => {
    expect(timesCompatible('2025-08', '2025-08-03')).toBe(true);
    expect(timesCompatible(null, '2025')).toBe(true);
    expect(timesCompatible('2025-08', '2025-09')).toBe(false);
  });
});
