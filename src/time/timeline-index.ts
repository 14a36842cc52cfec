// The timeline kept incrementally: linked mentions in one group, and each group's item rebuilt only
// when a new mention joins it. Mentions are linked when items are asked for, not when they are added:
// the ingest stage adds every document's mentions but reads items only to date an undated document.
// A new mention is compared only with the filed mentions of its own happening (LinkBlocks: same
// month, actor and kind, or same day), not with everything its month and actor hold; this is what lets
// the ingest of document 10,000 cost what document 10 did.
// With a cap on mentions, the index holds the latest `maxMentions` by arrival: once adding passes it,
// mentions are linked as they come and the oldest then leaves its block lists and its group (a group
// keeps the links its remaining mentions made through it, as the uncapped index would group them).
import { LinkBlocks, type LinkNode, rank } from './timeline-blocks.js';
import { linkKind, linkReason, toItem } from './timeline-link.js';
import type { Mention, TimelineItem } from './timeline-types.js';

interface Group {
  nodes: LinkNode<Group>[];
  reasons: string[];
  item: TimelineItem | null;
}

/** The group of a mention not linked yet. */
const UNLINKED: Group = { nodes: [], reasons: [], item: null };

export class TimelineIndex {
  private readonly groups = new Set<Group>();
  private readonly blocks = new LinkBlocks<Group>();
  /** Mentions added but not linked yet, in the order they came. */
  private pending: Mention[] = [];
  /** The items as last listed, ordered by time; groups changed since, and the items they replace. */
  private listed: TimelineItem[] = [];
  private readonly changed = new Set<Group>();
  private readonly replaced = new Set<TimelineItem>();
  /** Linked mentions in the order they were linked, from `head` on (the older ones have left). */
  private arrived: LinkNode<Group>[] = [];
  private head = 0;

  /**
   * `maxReasons`: how many link explanations an item keeps. A happening reported by hundreds of
   * articles has a link between most pairs of its mentions; an item shows the first ones, and the
   * ingest stage, which never shows items, keeps none. `maxMentions`: how many mentions are held; a
   * mention that arrives after the oldest has left cannot link with it, so the cap trades the links
   * of a happening reported far apart in the archive for bounded memory.
   */
  constructor(
    private readonly maxReasons = 50,
    private readonly maxMentions = Number.POSITIVE_INFINITY,
  ) {}

  /** How many mentions are held, linked or not. */
  get held(): number {
    return this.arrived.length - this.head + this.pending.length;
  }

  /** An index holding existing items as they are (their groups are not recomputed). */
  static of(items: readonly TimelineItem[]): TimelineIndex {
    const index = new TimelineIndex();
    for (const item of items) {
      const g: Group = { nodes: [], reasons: [...item.merged], item };
      index.groups.add(g);
      index.changed.add(g);
      for (const m of item.mentions) {
        const n = index.blocks.node(m, g);
        g.nodes.push(n);
        index.blocks.file(n);
        index.arrived.push(n);
      }
    }
    return index;
  }

  get size(): number {
    this.link();
    return this.groups.size;
  }

  /** Takes mentions to link (when items are next asked for) with those reporting the same happening. */
  add(mentions: readonly Mention[]): this {
    for (const m of mentions) this.pending.push(m);
    // Over the cap, linking cannot wait: the oldest may leave only once the newer have linked with it.
    if (this.held > this.maxMentions) this.link();
    return this;
  }

  /** Every item, ordered by time; only groups changed since the last call are rebuilt and placed. */
  items(): TimelineItem[] {
    this.link();
    if (!this.changed.size && !this.replaced.size) return this.listed;
    const fresh: TimelineItem[] = [];
    for (const g of this.changed) {
      g.item ??= toItem(
        g.nodes.map((n) => n.m),
        g.reasons,
      );
      fresh.push(g.item);
    }
    const kept = this.replaced.size ? this.listed.filter((i) => !this.replaced.has(i)) : this.listed;
    this.listed = merge(kept, fresh.sort(byTime));
    this.changed.clear();
    this.replaced.clear();
    return this.listed;
  }

  private link(): void {
    const pending = this.pending;
    this.pending = [];
    for (const m of pending) {
      this.join(m);
      while (this.arrived.length - this.head > this.maxMentions) this.evictOldest();
    }
  }

  /** Takes the oldest linked mention out of the blocks and out of its group, whose item is rebuilt. */
  private evictOldest(): void {
    const n = this.arrived[this.head++];
    if (this.head >= 1024) {
      this.arrived = this.arrived.slice(this.head);
      this.head = 0;
    }
    this.blocks.unfile(n);
    const g = n.group;
    const at = g.nodes.indexOf(n);
    if (at >= 0) g.nodes.splice(at, 1);
    if (g.item) this.replaced.add(g.item);
    g.item = null;
    if (g.nodes.length) this.changed.add(g);
    else {
      this.groups.delete(g);
      this.changed.delete(g);
    }
    // Items no longer current still hold their mentions: drop them from the list rather than wait
    // for the next read, once they are a good share of it.
    if (this.replaced.size > 64 && this.replaced.size * 2 > this.listed.length) {
      this.listed = this.listed.filter((i) => !this.replaced.has(i));
      this.replaced.clear();
    }
  }

  /** Links one mention; the groups it links with become one. */
  private join(m: Mention): void {
    const n = this.blocks.node(m, UNLINKED);
    // With reasons kept, links are taken in the order the reasons have always been listed in; without,
    // a group already linked need not be compared again.
    const ordered = this.maxReasons > 0;
    const linked = new Set<Group>();
    const hits: LinkNode<Group>[] = [];
    this.blocks.candidates(n, (o) => {
      if (!ordered && linked.has(o.group)) return;
      if (!linkKind(m, o.m, n.span, o.span)) return;
      linked.add(o.group);
      hits.push(o);
    });
    let groups = [...linked];
    if (ordered && hits.length > 1) {
      const at = new Map(hits.map((o) => [o, rank(n, o)]));
      hits.sort((a, b) => at.get(a)! - at.get(b)!);
      groups = [...new Set(hits.map((o) => o.group))];
    }
    // The largest linked group absorbs the others, so a mention costs what the small groups hold.
    const into = groups.reduce<Group | null>(
      (best, g) => (!best || g.nodes.length > best.nodes.length ? g : best),
      null,
    );
    // A mention linking with none is a group of its own (most are, and most stay so).
    const target = into ?? { nodes: [n], reasons: [], item: null };
    this.groups.add(target);
    for (const g of groups) {
      if (g === target) continue;
      for (const x of g.nodes) {
        x.group = target;
        target.nodes.push(x);
      }
      for (const r of g.reasons) if (target.reasons.length < this.maxReasons) target.reasons.push(r);
      this.groups.delete(g);
      this.changed.delete(g);
      if (g.item) this.replaced.add(g.item);
    }
    n.group = target;
    if (into) target.nodes.push(n);
    for (const o of hits) {
      if (target.reasons.length >= this.maxReasons) break;
      target.reasons.push(linkReason(m, o.m)!);
    }
    if (target.item) this.replaced.add(target.item);
    target.item = null;
    this.changed.add(target);
    this.blocks.file(n);
    this.arrived.push(n);
  }
}

/** Two lists ordered by time as one (a new list). */
function merge(a: readonly TimelineItem[], b: readonly TimelineItem[]): TimelineItem[] {
  const out: TimelineItem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byTime(b[j], a[i]) < 0 ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function byTime(a: TimelineItem, b: TimelineItem): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id);
}
