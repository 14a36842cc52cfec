// A claim mention is compared with hundreds of others as claims are matched, so what comparisons
// read is built once per mention: its content words as a sorted array of interned ids (two are
// intersected by one merge pass, without hashing strings) and its distinct entity ids. A wording the
// claim stage keeps between documents holds its keys alone, its words packed into a string (two
// UTF-16 units per id: a few bytes a word, where a typed array costs two objects).
import type { ClaimEntity } from './claim-types.js';

const wordIds = new Map<string, number>();
/** Where a mention's keys are kept: a private, non-enumerable property, so copies and JSON skip it
 * and a look-up is a property read, not a hash of the object (hot: every comparison reads four). A
 * kept wording (kept-wording.ts) answers it with itself. */
export const KEYS = Symbol('claim-mention-keys');

export interface MentionKeys {
  /** The distinct content words, as sorted interned ids, or those ids packed by packWords. */
  words: Int32Array | string;
  /** The distinct entity ids. */
  entities: readonly string[];
}

/** A full mention (keys built on first use) or a kept wording (keys held). */
export type KeySource =
  | { words: readonly string[]; entities: readonly ClaimEntity[] }
  | { readonly [KEYS]: MentionKeys };

type Keyed = { words: readonly string[]; entities: readonly ClaimEntity[]; [KEYS]?: MentionKeys };

export function keysOf(m: KeySource): MentionKeys {
  const keyed = m as Keyed;
  let keys = keyed[KEYS];
  if (!keys) {
    keys = { words: wordKey(keyed.words), entities: [...new Set(keyed.entities.map((e) => e.id))] };
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

/** Sorted word ids as a string, two UTF-16 units (high, low 16 bits) per id: order is kept. Built in
 * one piece (a string grown by `+=` is a rope of many small strings). */
export function packWords(ids: Int32Array | string): string {
  if (typeof ids === 'string') return ids;
  const units = new Array<number>(ids.length * 2);
  for (let i = 0; i < ids.length; i++) {
    units[2 * i] = ids[i]! >>> 16;
    units[2 * i + 1] = ids[i]! & 0xffff;
  }
  return String.fromCharCode(...units);
}

/** How many word ids a key holds. */
export function wordCount(w: Int32Array | string): number {
  return typeof w === 'string' ? w.length >> 1 : w.length;
}

/** How many word ids two keys share (either may be packed). */
export function sharedWords(a: Int32Array | string, b: Int32Array | string): number {
  if (typeof a !== 'string' && typeof b !== 'string') return sharedSorted(a, b);
  if (typeof a !== 'string') return sharedPacked(a, b as string);
  if (typeof b !== 'string') return sharedPacked(b, a);
  return sharedPacked(unpack(a), b);
}

function unpack(s: string): Int32Array {
  const out = new Int32Array(s.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = (s.charCodeAt(2 * i) << 16) | s.charCodeAt(2 * i + 1);
  return out;
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

/** sharedSorted with the second array packed. */
function sharedPacked(a: Int32Array, b: string): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = (b.charCodeAt(j) << 16) | b.charCodeAt(j + 1);
    if (x === y) {
      n++;
      i++;
      j += 2;
    } else if (x < y) i++;
    else j += 2;
  }
  return n;
}

/** How many strings two short distinct lists share. */
export function sharedIds(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}
