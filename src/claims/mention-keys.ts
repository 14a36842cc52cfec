// A claim mention is compared with hundreds of others as claims are matched, so what comparisons
// read is built once per mention: its content words as a sorted array of interned ids (two are
// intersected by one merge pass, without hashing strings) and its distinct entity ids.
import type { ClaimEntity } from './claim-types.js';

const wordIds = new Map<string, number>();
/** Where a mention's keys are kept: a private, non-enumerable property, so copies and JSON skip it
 * and a look-up is a property read, not a hash of the object (hot: every comparison reads four). */
const KEYS = Symbol('claim-mention-keys');

export interface MentionKeys {
  /** The distinct content words, as sorted interned ids. */
  words: Int32Array;
  /** The distinct entity ids. */
  entities: string[];
}

type Keyed = { words: readonly string[]; entities: readonly ClaimEntity[]; [KEYS]?: MentionKeys };

export function keysOf(m: { words: readonly string[]; entities: readonly ClaimEntity[] }): MentionKeys {
  const keyed = m as Keyed;
  let keys = keyed[KEYS];
  if (!keys) {
    keys = { words: wordKey(m.words), entities: [...new Set(m.entities.map((e) => e.id))] };
    Object.defineProperty(keyed, KEYS, { value: keys, enumerable: false });
  }
  return keys;
}

function wordKey(words: readonly string[]): Int32Array {
  const ids = new Set<number>();
  for (const w of words) {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(w, id);
    }
    ids.add(id);
  }
  return Int32Array.from(ids).sort();
}

/** How many ids two sorted id arrays share. */
export function sharedSorted(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** How many strings two short distinct lists share. */
export function sharedIds(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}
