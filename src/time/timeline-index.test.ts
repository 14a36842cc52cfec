import { describe, expect, it } from 'vitest';
import { allPairsComponents } from './test-all-pairs.js';
import { TimelineIndex } from './timeline-index.js';
import { linkReason, toItem } from './timeline-link.js';
import type { Mention, TimelineItem } from './timeline-types.js';
import type { Granularity } from './timex.js';

/**
 * The index as it was before blocking by kind and day and linking lazily: every earlier mention
 * sharing a (month, actor) key is compared, in the order of the keys' lists, with the reasons each
 * item keeps taken in that order. The new index must give the very same items.
 */
class ReferenceIndex {
  private readonly groupOf = new Map<string, RefGroup>();
  private readonly groups = new Set<RefGroup>();
  private readonly byKey = new Map<string, Mention[]>();
  private readonly byActor = new Map<string, Mention[]>();

  constructor(private readonly maxReasons = 50) {}

  static of(items: readonly TimelineItem[]): ReferenceIndex {
    const index = new ReferenceIndex();
    for (const item of items) {
      const g: RefGroup = { mentions: [...item.mentions], reasons: [...item.merged] };
      index.groups.add(g);
      for (const m of g.mentions) index.file(m, g);
    }
    return index;
  }

  add(mentions: readonly Mention[]): this {
    for (const m of mentions) {
      const reasons: string[] = [];
      const linked = new Set<RefGroup>();
      for (const other of this.candidates(m)) {
        const why = linkReason(m, other);
        if (!why) continue;
        linked.add(this.groupOf.get(other.id)!);
        if (reasons.length < this.maxReasons) reasons.push(why);
      }
      const into = [...linked].sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? {
        mentions: [],
        reasons: [],
      };
      this.groups.add(into);
      for (const g of linked) {
        if (g === into) continue;
        for (const x of g.mentions) this.groupOf.set(x.id, into);
        into.mentions.push(...g.mentions);
        for (const r of g.reasons) if (into.reasons.length < this.maxReasons) into.reasons.push(r);
        this.groups.delete(g);
      }
      into.mentions.push(m);
      for (const r of reasons) if (into.reasons.length < this.maxReasons) into.reasons.push(r);
      this.file(m, into);
    }
    return this;
  }

  items(): TimelineItem[] {
    return [...this.groups].map((g) => toItem(g.mentions, g.reasons)).sort(byTime);
  }

  private file(m: Mention, g: RefGroup): void {
    this.groupOf.set(m.id, g);
    const keys = monthKeys(m).flatMap((k) => m.actorKeys.map((a) => `${k}|${a}`));
    for (const k of keys) push(this.byKey, k, m);
    if (keys.length) for (const a of m.actorKeys) push(this.byActor, a, m);
  }

  private candidates(m: Mention): Set<Mention> {
    const out = new Set<Mention>();
    const months = monthKeys(m);
    for (const a of m.actorKeys) {
      const lists = months.includes('*')
        ? [this.byActor.get(a)]
        : [...months.map((k) => this.byKey.get(`${k}|${a}`)), this.byKey.get(`*|${a}`)];
      for (const list of lists) for (const x of list ?? []) out.add(x);
    }
    return out;
  }
}

interface RefGroup {
  mentions: Mention[];
  reasons: string[];
}

function monthKeys(m: Mention): string[] {
  const from = Date.parse(m.start);
  const to = Date.parse(m.end);
  if (Number.isNaN(from) || Number.isNaN(to)) return ['*'];
  if ((to - from) / 86_400_000 > 31) return [];
  const keys: string[] = [];
  const d = new Date(from);
  d.setUTCDate(1);
  while (d.getTime() < Math.max(to, from + 1)) {
    keys.push(d.toISOString().slice(0, 7));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return keys;
}

function push(map: Map<string, Mention[]>, key: string, m: Mention): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}

function byTime(a: TimelineItem, b: TimelineItem): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id);
}

/** Seeded, so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
const ACTORS = 'hub capital okafor lagoma delta army rebels un bank port navy court mayor union fleet'.split(
  ' ',
);
const TERMS = ['statement', 'removal', 'meeting', 'death', 'sanction', 'military-operation'];

/** Time of a synthetic mention: mostly days and months of one quarter, some of every other shape. */
function timeOf(r: () => number): Pick<Mention, 'value' | 'start' | 'end' | 'granularity'> {
  const day = Date.UTC(2026, 0, 1) + Math.floor(r() * 90) * DAY;
  const x = r();
  const g = (granularity: string) => granularity as Granularity;
  if (x < 0.4) return { value: iso(day), start: iso(day), end: iso(day + DAY), granularity: g('day') };
  if (x < 0.45) {
    const start = `${iso(day)}T1${Math.floor(r() * 3)}:00`;
    return { value: start, start, end: `${start}:59`, granularity: g('hour') };
  }
  if (x < 0.75) {
    const s = iso(day).slice(0, 7);
    const next = new Date(`${s}-01T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    return { value: s, start: `${s}-01`, end: iso(next.getTime()), granularity: g('month') };
  }
  if (x < 0.85) return { value: iso(day), start: iso(day), end: iso(day + 7 * DAY), granularity: g('week') };
  // 31 days from the last of a month touch three months.
  if (x < 0.9) return { value: 'P31D', start: '2026-01-31', end: '2026-03-03', granularity: g('week') };
  if (x < 0.95) return { value: '2026', start: '2026-01-01', end: '2027-01-01', granularity: g('year') };
  return { value: 'XXXX-01-03', start: 'XXXX-01-03', end: 'XXXX-01-04', granularity: g('day') };
}

/** `hub`: the share of actor picks that go to one actor every article names. */
function syntheticMentions(seed: number, docs: number, hub: number): Mention[][] {
  const r = rng(seed);
  const pickSome = (pool: string[], max: number) => [
    ...new Set(
      Array.from({ length: Math.floor(r() * (max + 1)) }, () =>
        r() < hub ? pool[0] : pool[Math.floor(r() * pool.length)],
      ),
    ),
  ];
  return Array.from({ length: docs }, (_, d) => {
    const docId = `d${String(d).padStart(4, '0')}`;
    const out: Mention[] = [];
    for (let i = 0; i < 1 + Math.floor(r() * 8); i++) {
      const id = `${docId}:${i * 10}`;
      const narrative = out.length > 0 && r() < 0.25;
      const actorKeys = r() < 0.1 ? [] : pickSome(ACTORS, 3);
      out.push({
        id,
        docId,
        ...(narrative ? { ...pickTime(out.at(-1)!), timeFrom: out.at(-1)!.id } : timeOf(r)),
        timeSource: narrative ? 'narrative' : 'explicit',
        label: `sentence ${id}`,
        actors: actorKeys.map((a) => a.toUpperCase()),
        actorKeys,
        terms: pickSome(TERMS, 2),
        evidence: { docId, start: i * 10, end: i * 10 + 9, text: `sentence ${id}` },
        reportTime: '2026-04-01',
        rule: 'synthetic',
      });
    }
    return out;
  });
}

const pickTime = (m: Mention) => ({ value: m.value, start: m.start, end: m.end, granularity: m.granularity });

const idLists = (groups: Mention[][]) =>
  groups
    .map((ms) =>
      ms
        .map((m) => m.id)
        .sort()
        .join(' '),
    )
    .sort();

/** Groups as sorted lists of mention ids, for comparing connected components. */
const components = (items: TimelineItem[]) => items.map((i) => i.mentions.map((m) => m.id).join(' ')).sort();

describe('TimelineIndex', () => {
  const docs = syntheticMentions(7, 400, 0.3);
  const all = docs.flat();

  for (const [hub, maxReasons] of [
    [0.3, 50],
    [0.3, 3],
    [0.3, 0],
    [0.02, 50],
    [0.02, 2],
    [0.02, 1],
  ]) {
    it(`gives the items of the index as it was, lazily and in batches (hub ${hub}, maxReasons ${maxReasons})`, () => {
      const docs = syntheticMentions(11, 400, hub);
      const reference = new ReferenceIndex(maxReasons).add(docs.flat()).items();
      const index = new TimelineIndex(maxReasons);
      docs.forEach((ms, d) => {
        index.add(ms);
        if (d % 97 === 0) index.items();
      });
      expect(JSON.stringify(index.items())).toBe(JSON.stringify(reference));
      expect(reference.some((i) => i.docs.length > 10)).toBe(true);
    });
  }

  it('forms the connected components of linkReason over all pairs', () => {
    expect(components(new TimelineIndex(0).add(all).items())).toEqual(idLists(allPairsComponents(all)));
  });

  for (const cap of [40, 400]) {
    it(`holds the latest ${cap} mentions, each linked with the ${cap} before it`, () => {
      const index = new TimelineIndex(0, cap);
      docs.forEach((ms, d) => {
        index.add(ms);
        expect(index.held).toBeLessThanOrEqual(cap);
        if (d % 37 === 0) index.items();
      });
      const expected = allPairsComponents(all, cap);
      expect(index.held).toBe(cap);
      expect(components(index.items())).toEqual(idLists(expected));
      // The recent mentions still link: some held groups join several mentions.
      expect(expected.some((ms) => ms.length > 1)).toBe(true);
    });
  }

  it('adds to existing items as the index as it was does', () => {
    const before = all.slice(0, 1500);
    const after = all.slice(1500);
    const items = new ReferenceIndex().add(before).items();
    const reference = ReferenceIndex.of(items).add(after).items();
    expect(JSON.stringify(TimelineIndex.of(items).add(after).items())).toBe(JSON.stringify(reference));
  });
});
