// The timeline kept incrementally: mentions filed under (month, actor) blocking keys, linked mentions in
// one group, and each group's item rebuilt only when a new mention joins it. Adding a document costs
// the comparisons with mentions that share a month and an actor with its own, not a pass over the
// corpus; this is what lets the ingest of document 10,000 cost what document 10 did.
import { linkReason, toItem } from './timeline-link.js';
import type { Mention, TimelineItem } from './timeline-types.js';

interface Group {
  mentions: Mention[];
  reasons: string[];
  item: TimelineItem | null;
}

/** A mention whose dates cannot be read is compared with every mention sharing an actor. */
const ANY = '*';
const DAY_MS = 86_400_000;

/**
 * The calendar months a mention's interval touches. linkReason only links mentions that share an
 * actor and whose intervals overlap and span at most 31 days; two overlapping intervals share a
 * month, so (month, actor) keys find every link. A mention without actors, or spanning more than 31
 * days, can never link: it gets no keys.
 */
function monthKeys(m: Mention): string[] {
  const from = Date.parse(m.start);
  const to = Date.parse(m.end);
  if (Number.isNaN(from) || Number.isNaN(to)) return [ANY];
  if ((to - from) / DAY_MS > 31) return [];
  const keys: string[] = [];
  const d = new Date(from);
  d.setUTCDate(1);
  while (d.getTime() < Math.max(to, from + 1)) {
    keys.push(d.toISOString().slice(0, 7));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return keys;
}

export class TimelineIndex {
  private readonly groupOf = new Map<string, Group>();
  private readonly groups = new Set<Group>();
  private readonly byKey = new Map<string, Mention[]>();
  /** Every linkable mention per actor, for the rare mention whose dates cannot be read. */
  private readonly byActor = new Map<string, Mention[]>();
  private cached: TimelineItem[] | null = null;

  /**
   * `maxReasons`: how many link explanations an item keeps. A happening reported by hundreds of
   * articles has a link between most pairs of its mentions; an item shows the first ones, and the
   * ingest stage, which never shows items, keeps none.
   */
  constructor(private readonly maxReasons = 50) {}

  /** An index holding existing items as they are (their groups are not recomputed). */
  static of(items: readonly TimelineItem[]): TimelineIndex {
    const index = new TimelineIndex();
    for (const item of items) {
      const g: Group = { mentions: [...item.mentions], reasons: [...item.merged], item };
      index.groups.add(g);
      for (const m of g.mentions) index.file(m, g);
    }
    return index;
  }

  get size(): number {
    return this.groups.size;
  }

  /** Links each mention to those reporting the same happening; linked groups become one. */
  add(mentions: readonly Mention[]): this {
    for (const m of mentions) {
      const reasons: string[] = [];
      const linked = new Set<Group>();
      for (const other of this.candidates(m)) {
        const why = linkReason(m, other);
        if (!why) continue;
        linked.add(this.groupOf.get(other.id)!);
        if (reasons.length < this.maxReasons) reasons.push(why);
      }
      // The largest linked group absorbs the others, so a mention costs what the small groups hold.
      const into = [...linked].sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? {
        mentions: [],
        reasons: [],
        item: null,
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
      into.item = null;
      this.file(m, into);
    }
    if (mentions.length) this.cached = null;
    return this;
  }

  /** Every item, ordered by time; only groups changed since the last call are rebuilt. */
  items(): TimelineItem[] {
    if (this.cached) return this.cached;
    const out: TimelineItem[] = [];
    for (const g of this.groups) {
      g.item ??= toItem(g.mentions, g.reasons);
      out.push(g.item);
    }
    this.cached = out.sort(byTime);
    return this.cached;
  }

  private keys(m: Mention): string[] {
    return monthKeys(m).flatMap((k) => m.actorKeys.map((a) => `${k}|${a}`));
  }

  private file(m: Mention, g: Group): void {
    this.groupOf.set(m.id, g);
    const keys = this.keys(m);
    for (const k of keys) push(this.byKey, k, m);
    if (keys.length) for (const a of m.actorKeys) push(this.byActor, a, m);
  }

  private candidates(m: Mention): Set<Mention> {
    const out = new Set<Mention>();
    const months = monthKeys(m);
    for (const a of m.actorKeys) {
      const lists = months.includes(ANY)
        ? [this.byActor.get(a)]
        : [...months.map((k) => this.byKey.get(`${k}|${a}`)), this.byKey.get(`${ANY}|${a}`)];
      for (const list of lists) for (const x of list ?? []) out.add(x);
    }
    return out;
  }
}

function push(map: Map<string, Mention[]>, key: string, m: Mention): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}

function byTime(a: TimelineItem, b: TimelineItem): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id);
}
