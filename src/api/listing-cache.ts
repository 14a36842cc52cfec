// A corpus-wide listing (claims, events, timeline, stories, entities, quotes) built once per store change mark
// (count-keyed.ts) instead of on every request, with lookup maps built once per listing, so a filtered page
// costs a map lookup and a slice rather than a rebuild and a scan. Filtered views keep the listing's order.
import type { Context } from 'hono';
import type { Store } from '../store/store.js';
import { countKeyed } from './count-keyed.js';

/** Filtered views remembered per listing; a listing lives until the next change, so this bounds memory only. */
const MEMO_LIMIT = 256;
/** Serialized pages remembered per listing, by count and by size (a page of top entities is ~300 kB). */
const BODY_LIMIT = 512;
const BODY_CHARS = 16_000_000;

export class Listing<T> {
  private readonly maps = new Map<string, Map<string, number[]>>();
  private readonly memo = new Map<string, T[]>();
  private readonly bodies = new Map<string, string>();
  private bodyChars = 0;

  constructor(readonly all: readonly T[]) {}

  /** Positions of the items under each key `keys` gives, built on first use (keys of one item are deduplicated). */
  index(name: string, keys: (item: T) => Iterable<string>): Map<string, number[]> {
    let map = this.maps.get(name);
    if (map) return map;
    map = new Map();
    this.all.forEach((item, i) => {
      for (const k of new Set(keys(item))) {
        const list = map!.get(k);
        if (list) list.push(i);
        else map!.set(k, [i]);
      }
    });
    this.maps.set(name, map);
    return map;
  }

  /** Positions under every key that `match` accepts, in listing order (for substring filters: a scan of
   * the distinct keys, not of the items). */
  matching(map: Map<string, number[]>, match: (key: string) => boolean): number[] {
    const hits: number[][] = [];
    for (const [k, positions] of map) if (match(k)) hits.push(positions);
    return hits.length <= 1 ? (hits[0] ?? []) : this.union(...hits);
  }

  /** Positions in any of the lists, in listing order. */
  union(...lists: readonly number[][]): number[] {
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  }

  /** The items at `positions` (each list in listing order), kept only where every list has them. */
  at(...lists: (readonly number[] | null)[]): T[] {
    const given = lists.filter((l): l is readonly number[] => l !== null);
    if (given.length === 0) return [...this.all];
    const [first, ...rest] = [...given].sort((a, b) => a.length - b.length);
    const others = rest.map((l) => new Set(l));
    return first.filter((i) => others.every((s) => s.has(i))).map((i) => this.all[i]);
  }

  /** A filtered view under `key`, computed once per listing. */
  view(key: string, compute: () => T[]): T[] {
    let found = this.memo.get(key);
    if (found) return found;
    found = compute();
    if (this.memo.size >= MEMO_LIMIT) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, found);
    return found;
  }

  /** A response body (JSON of what `render` gives) under `key`, serialized once per listing: a page of
   * this listing is the same text until the store changes. */
  body(key: string, render: () => unknown): string {
    let text = this.bodies.get(key);
    if (text !== undefined) return text;
    text = JSON.stringify(render());
    this.bodies.set(key, text);
    this.bodyChars += text.length;
    while (this.bodies.size > BODY_LIMIT || (this.bodyChars > BODY_CHARS && this.bodies.size > 1)) {
      const [oldest, dropped] = this.bodies.entries().next().value!;
      this.bodies.delete(oldest);
      this.bodyChars -= dropped.length;
    }
    return text;
  }
}

/** The listing `load` builds, rebuilt after any committed change to the store and never served stale. */
export function listingCache<T>(store: Store, load: () => Promise<readonly T[]>): () => Promise<Listing<T>> {
  const cache = countKeyed(store, async () => new Listing(await load()));
  return () => cache.get();
}

/** A cached body answered as `c.json` would answer it. */
export function jsonBody(c: Context, body: string): Response {
  return c.body(body, 200, { 'Content-Type': 'application/json' });
}
