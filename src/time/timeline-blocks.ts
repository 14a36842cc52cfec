// Which filed mentions a new mention could link with, found through keys that every link shares, so
// that a mention is compared with the mentions of its own happening rather than with everything its
// month and actor hold (a hub actor collects thousands a month). linkKind links only mentions that
// share an actor, overlap, span at most 31 days (so share a calendar month), and either share a kind of
// happening other than saying, or continue one another's narrative time; two day-or-finer mentions must
// also start at the same instant. So a mention is filed under (month, actor, kind), and a fine one also
// under (start, actor, kind); narrative partners are found by id. Each key refines the (month, actor)
// keys this index had before, so the candidates are a subset of those, holding every link among them.
// A node can be unfiled again (the timeline's memory cap lets the oldest go); lists are in filing order,
// so the oldest node is first in every list that holds it.
import { isFine } from './timeline-link.js';
import type { Mention } from './timeline-types.js';

/** A mention as the index holds it, with what comparing it needs computed once. */
export interface LinkNode<G> {
  readonly m: Mention;
  /** Filing order: the order of the (month, actor) lists the previous index scanned. */
  readonly seq: number;
  /** Days its interval spans, NaN when its bounds cannot be read. */
  readonly span: number;
  readonly fine: boolean;
  /** Calendar months its interval touches; null when its bounds cannot be read; [] when it cannot link. */
  readonly months: string[] | null;
  group: G;
  /** The last search that visited it, to visit each candidate once per search. */
  mark: number;
}

interface MonthBlock<G> {
  fine: LinkNode<G>[];
  coarse: LinkNode<G>[];
}

const DAY_MS = 86_400_000;
const NEVER: string[] = [];
const SEP = '\u0000';

function monthsOf(from: number, to: number, span: number): string[] | null {
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  if (span > 31) return [];
  const keys: string[] = [];
  const d = new Date(from);
  d.setUTCDate(1);
  while (d.getTime() < Math.max(to, from + 1)) {
    keys.push(d.toISOString().slice(0, 7));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return keys;
}

/** The kinds of happening a mention can link on (saying alone never links). */
const kinds = (m: Mention) => [...new Set(m.terms)].filter((t) => t !== 'statement');

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** Takes v out of a list (it is usually first), and the list out of the map once it is empty. */
function pull<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (!list) return;
  if (list[0] === v) list.shift();
  else {
    const at = list.indexOf(v);
    if (at >= 0) list.splice(at, 1);
  }
  if (list.length === 0) map.delete(key);
}

/** Distinct intervals the month lists are shared for, before that table starts afresh. */
const MAX_MONTH_LISTS = 10_000;

export class LinkBlocks<G> {
  private readonly byMonth = new Map<string, MonthBlock<G>>();
  private readonly byStart = new Map<string, LinkNode<G>[]>();
  /** Linkable mentions whose bounds cannot be read, per actor: every other mention may link with them. */
  private readonly unreadable = new Map<string, LinkNode<G>[]>();
  /** Linkable mentions by id (a list only when an id repeats) and by the id their narrative time comes from. */
  private readonly byId = new Map<string, LinkNode<G> | LinkNode<G>[]>();
  private readonly byTimeFrom = new Map<string, LinkNode<G>[]>();
  /** Every linkable mention in filing order, for the rare one whose bounds cannot be read. */
  private readonly all = new Set<LinkNode<G>>();
  /** Month lists shared by the nodes of one interval (they are many; intervals are few). */
  private readonly monthLists = new Map<string, string[] | null>();
  private seq = 0;
  private stamp = 0;

  node(m: Mention, group: G): LinkNode<G> {
    const from = Date.parse(m.start);
    const to = Date.parse(m.end);
    const span = (to - from) / DAY_MS;
    let months: string[] | null = NEVER;
    if (m.actorKeys.length) {
      const key = `${from} ${to}`;
      months = this.monthLists.get(key) ?? monthsOf(from, to, span);
      // Sharing is only a saving: past the bound the table starts afresh rather than grow with the corpus.
      if (this.monthLists.size >= MAX_MONTH_LISTS && !this.monthLists.has(key)) this.monthLists.clear();
      this.monthLists.set(key, months);
    }
    return { m, seq: this.seq++, span, fine: isFine(m), months, group, mark: 0 };
  }

  /** Makes a node a candidate for the mentions searched after it. */
  file(n: LinkNode<G>): void {
    if (n.months?.length === 0) return;
    const m = n.m;
    this.all.add(n);
    const same = this.byId.get(m.id);
    this.byId.set(m.id, same === undefined ? n : Array.isArray(same) ? [...same, n] : [same, n]);
    if (m.timeFrom !== undefined) push(this.byTimeFrom, m.timeFrom, n);
    if (!n.months) {
      for (const a of m.actorKeys) push(this.unreadable, a, n);
      return;
    }
    const ks = kinds(m);
    for (const a of m.actorKeys) {
      for (const t of ks) {
        if (n.fine) push(this.byStart, `${m.start}${SEP}${a}${SEP}${t}`, n);
        for (const month of n.months) {
          const key = `${month}${SEP}${a}${SEP}${t}`;
          const block = this.byMonth.get(key) ?? { fine: [], coarse: [] };
          this.byMonth.set(key, block);
          (n.fine ? block.fine : block.coarse).push(n);
        }
      }
    }
  }

  /** Takes a filed node out of every structure that holds it, so it is no one's candidate any more. */
  unfile(n: LinkNode<G>): void {
    if (!this.all.delete(n)) return;
    const m = n.m;
    const same = this.byId.get(m.id);
    if (same === n) this.byId.delete(m.id);
    else if (Array.isArray(same)) {
      const rest = same.filter((x) => x !== n);
      this.byId.set(m.id, rest.length === 1 ? rest[0] : rest);
    }
    if (m.timeFrom !== undefined) pull(this.byTimeFrom, m.timeFrom, n);
    if (!n.months) {
      for (const a of m.actorKeys) pull(this.unreadable, a, n);
      return;
    }
    const ks = kinds(m);
    for (const a of m.actorKeys) {
      for (const t of ks) {
        if (n.fine) pull(this.byStart, `${m.start}${SEP}${a}${SEP}${t}`, n);
        for (const month of n.months) {
          const key = `${month}${SEP}${a}${SEP}${t}`;
          const block = this.byMonth.get(key);
          if (!block) continue;
          const list = n.fine ? block.fine : block.coarse;
          const at = list[0] === n ? 0 : list.indexOf(n);
          if (at === 0) list.shift();
          else if (at > 0) list.splice(at, 1);
          if (!block.fine.length && !block.coarse.length) this.byMonth.delete(key);
        }
      }
    }
  }

  /**
   * Visits once each filed node that n could link with: a subset of the filed nodes sharing a
   * (month, actor) key with n (any month for a node whose bounds cannot be read) that holds every one
   * linkKind links with n.
   */
  candidates(n: LinkNode<G>, visit: (o: LinkNode<G>) => void): void {
    const stamp = ++this.stamp;
    const once = (o: LinkNode<G>) => {
      if (o.mark === stamp) return;
      o.mark = stamp;
      visit(o);
    };
    const m = n.m;
    if (!m.actorKeys.length || n.months?.length === 0) return;
    if (!n.months) {
      for (const o of this.all) if (o.m.actorKeys.some((a) => m.actorKeys.includes(a))) once(o);
      return;
    }
    const ks = kinds(m);
    for (const a of m.actorKeys) {
      for (const o of this.unreadable.get(a) ?? []) once(o);
      for (const t of ks) {
        if (n.fine) for (const o of this.byStart.get(`${m.start}${SEP}${a}${SEP}${t}`) ?? []) once(o);
        for (const month of n.months) {
          const block = this.byMonth.get(`${month}${SEP}${a}${SEP}${t}`);
          if (!block) continue;
          if (!n.fine) for (const o of block.fine) once(o);
          for (const o of block.coarse) once(o);
        }
      }
    }
    const source = m.timeFrom === undefined ? undefined : this.byId.get(m.timeFrom);
    const partners = [...(source === undefined ? [] : [source].flat()), ...(this.byTimeFrom.get(m.id) ?? [])];
    for (const o of partners) if (rank(n, o) >= 0) once(o);
  }
}

/**
 * Where o came in the (month, actor) lists the previous index scanned for n: by n's first actor o
 * shares, then n's first month o touches (months of unreadable bounds last), then filing order; -1
 * when o was not in them. Links are explained in this order, so the reasons an item keeps stay the same.
 */
export function rank<G>(n: LinkNode<G>, o: LinkNode<G>): number {
  const actor = n.m.actorKeys.findIndex((a) => o.m.actorKeys.includes(a));
  if (actor < 0 || o.months?.length === 0) return -1;
  let list = 0;
  if (n.months && o.months) {
    const oMonths = o.months;
    list = n.months.findIndex((k) => oMonths.includes(k));
    if (list < 0) return -1;
  } else if (n.months) list = n.months.length;
  return (actor * 64 + list) * 2 ** 32 + o.seq;
}
