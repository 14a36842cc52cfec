// Where a mention's compatible events are, found by lookups rather than by scanning its block. Events
// are blocked by class, sub-class, modality and target; within a block they are filed by their exact
// time, and each time is reachable from its prefixes, so the times compatible with a mention's time
// (one is unknown or a prefix of the other) are a few map look-ups: the undated, the mention's own
// prefixes and the times extending it. Each time's events are split by the kind of actor the matching
// rules tell apart, so "the single compatible event with no actor" is a count, not a filter; and events
// are also filed by actor, so "the same actor's best event" scans only that actor's events of the block.
// The index holds at most `maxEvents` events: past it, the least recently touched (filed or re-filed)
// leaves every structure, so memory follows the cap rather than the corpus.
import { DossierError } from '../errors.js';
import type { DossierEvent, EventMention, Participant } from './event.js';

/** An event as the stage holds it: everything but its evidence, which lives in the store. */
export type EventHeader = Omit<DossierEvent, 'evidence'>;

/** How the matching rules tell actors apart: none, a person, a state, anything else. */
export type ActorKind = 'none' | 'PERSON' | 'GPE' | 'other';

export const actorKind = (p: Participant | null): ActorKind =>
  !p ? 'none' : p.type === 'PERSON' ? 'PERSON' : p.type === 'GPE' ? 'GPE' : 'other';

type ByKind = Record<ActorKind, EventHeader[]>;

/**
 * How many events the index holds by default: at ~0.8 KB an event (3.8 MB for 5,000), about 40 MB, the
 * events touched by the latest ~13,000 articles of a generated corpus (~4 new events an article);
 * uncapped, 100,000 articles would hold ~300 MB.
 */
export const DEFAULT_MAX_EVENTS = 50_000;

interface Block {
  readonly key: string;
  /** Events by exact time (UNDATED for none). */
  readonly times: Map<string, ByKind>;
  /** Every proper prefix of a filed time, to the filed times that extend it. */
  readonly longer: Map<string, Set<string>>;
  /** Events by actor entity id (NO_ACTOR for none), of any time. */
  readonly byActor: Map<string, EventHeader[]>;
  readonly counts: Record<ActorKind, number>;
}

interface Filed {
  block: Block;
  time: string;
  actor: string;
  kind: ActorKind;
  seq: number;
}

// Neither can be a TimeML value or an entity id.
const UNDATED = '\u0000undated';
const NO_ACTOR = '\u0000none';

const timeKey = (t: string | null) => t ?? UNDATED;
const actorKey = (p: Participant | null) => p?.entityId ?? NO_ACTOR;
const specificity = (t: string | null) => (t ? t.length : 0);

/** Two TimeML values can describe one happening when one is unknown or one contains the other. */
export function timesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

const blockKey = (e: { code: string; sub: string | null; modality: string; target: Participant | null }) =>
  `${e.code}|${e.sub ?? ''}|${e.modality}|${e.target?.entityId ?? '?'}`;

function remove<T>(list: T[], x: T): void {
  const at = list.indexOf(x);
  if (at >= 0) list.splice(at, 1);
}

export class EventIndex {
  private readonly blocks = new Map<string, Block>();
  /** Filed events, least recently touched first (a touched event is deleted and set again). */
  private readonly filed = new Map<EventHeader, Filed>();
  private seq = 0;

  /**
   * `maxEvents`: how many events are held. An evicted event stays stored but is no longer matched: a
   * later mention of it opens a new event (the happening is then split in two). The trade-off is
   * taken for bounded memory; a busy event is touched by every report of it, so those evicted are
   * the ones no article has mentioned for longest.
   */
  constructor(private readonly maxEvents = DEFAULT_MAX_EVENTS) {
    if (!(maxEvents >= 1))
      throw new DossierError(
        'BAD_REQUEST',
        `the event index must hold at least 1 event (maxEvents ${maxEvents})`,
      );
  }

  /** How many events are held. */
  get size(): number {
    return this.filed.size;
  }

  /** How many blocks are held: an evicted event's emptied block goes with it. */
  get blockCount(): number {
    return this.blocks.size;
  }

  /**
   * Files a new event, or re-files one whose time or actor changed; it keeps its arrival order. Either
   * way the event becomes the most recently touched, and past the cap the least recently touched leaves.
   */
  file(e: EventHeader): void {
    const time = timeKey(e.time);
    const actor = actorKey(e.actor);
    const kind = actorKind(e.actor);
    const was = this.filed.get(e);
    if (was) this.filed.delete(e);
    if (was && was.time === time && was.actor === actor && was.kind === kind) {
      this.filed.set(e, was);
      return;
    }
    if (was) this.unfile(e, was);
    const block = was?.block ?? this.block(blockKey(e));
    let byKind = block.times.get(time);
    if (!byKind) {
      byKind = { none: [], PERSON: [], GPE: [], other: [] };
      block.times.set(time, byKind);
      for (let k = 1; k < (e.time?.length ?? 0); k++) {
        const prefix = time.slice(0, k);
        const set = block.longer.get(prefix) ?? new Set<string>();
        block.longer.set(prefix, set.add(time));
      }
    }
    byKind[kind].push(e);
    const same = block.byActor.get(actor);
    if (same) same.push(e);
    else block.byActor.set(actor, [e]);
    block.counts[kind]++;
    this.filed.set(e, { block, time, actor, kind, seq: was?.seq ?? this.seq++ });
    if (this.filed.size > this.maxEvents) this.evictOldest();
  }

  /** Takes the least recently touched event out of every structure; an emptied block goes too. */
  private evictOldest(): void {
    const [e, was] = this.filed.entries().next().value!;
    this.filed.delete(e);
    this.unfile(e, was);
    if (was.block.times.size === 0) this.blocks.delete(was.block.key);
  }

  /**
   * Among compatible events with the mention's actor (or, for an actorless mention, with none): the one
   * with the most specific time, the earliest arrived among equals.
   */
  sameActor(m: EventMention): EventHeader | null {
    const block = this.blocks.get(blockKey(m));
    let best: EventHeader | null = null;
    let bestSeq = 0;
    for (const e of block?.byActor.get(actorKey(m.actor)) ?? []) {
      if (!timesCompatible(e.time, m.time)) continue;
      const seq = this.filed.get(e)!.seq;
      const better =
        !best ||
        specificity(e.time) > specificity(best.time) ||
        (specificity(e.time) === specificity(best.time) && seq < bestSeq);
      if (better) [best, bestSeq] = [e, seq];
    }
    return best;
  }

  /** The compatible event whose actor is of one of `kinds`, when there is exactly one such event. */
  only(m: EventMention, kinds: readonly ActorKind[]): EventHeader | null {
    const block = this.blocks.get(blockKey(m));
    if (!block) return null;
    // An undated mention is compatible with the whole block, whose counts are kept.
    if (!m.time && kinds.reduce((n, k) => n + block.counts[k], 0) !== 1) return null;
    let found: EventHeader | null = null;
    for (const byKind of this.compatibleTimes(block, m.time))
      for (const k of kinds) {
        const list = byKind[k];
        if (list.length === 0) continue;
        if (found || list.length > 1) return null;
        found = list[0];
      }
    return found;
  }

  /** The filed times of a block compatible with `t`, each once. */
  private *compatibleTimes(block: Block, t: string | null): Iterable<ByKind> {
    if (!t) {
      yield* block.times.values();
      return;
    }
    for (const key of [UNDATED, ...Array.from({ length: t.length + 1 }, (_, k) => t.slice(0, k))]) {
      const byKind = block.times.get(key);
      if (byKind) yield byKind;
    }
    for (const key of block.longer.get(t) ?? []) yield block.times.get(key)!;
  }

  private block(key: string): Block {
    let block = this.blocks.get(key);
    if (!block) {
      block = {
        key,
        times: new Map(),
        longer: new Map(),
        byActor: new Map(),
        counts: { none: 0, PERSON: 0, GPE: 0, other: 0 },
      };
      this.blocks.set(key, block);
    }
    return block;
  }

  private unfile(e: EventHeader, was: Filed): void {
    const { block } = was;
    const byKind = block.times.get(was.time)!;
    remove(byKind[was.kind], e);
    block.counts[was.kind]--;
    if (Object.values(byKind).every((list) => list.length === 0)) {
      block.times.delete(was.time);
      for (let k = 1; k < (was.time === UNDATED ? 0 : was.time.length); k++) {
        const prefix = was.time.slice(0, k);
        const set = block.longer.get(prefix)!;
        set.delete(was.time);
        if (set.size === 0) block.longer.delete(prefix);
      }
    }
    const same = block.byActor.get(was.actor)!;
    remove(same, e);
    if (same.length === 0) block.byActor.delete(was.actor);
  }
}
