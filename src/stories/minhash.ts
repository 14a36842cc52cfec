// MinHash signatures over word shingles, so the Jaccard similarity of two shingle sets is estimated
// from their signatures without keeping the texts, and a banded LSH index (lsh-index.ts) can find
// the few stored documents that share a band with a new one (sub-linear in the corpus).

export const SHINGLE_WORDS = 5;
export const NUM_HASHES = 128;
/**
 * LSH bands of NUM_HASHES / BANDS rows (see lsh-index.ts): two signatures are candidates when one band
 * is equal. With 32 bands of 4, pairs at Jaccard 0.5 are found with probability 0.87, at 0.7 with
 * 0.9999, at 0.2 with 0.05.
 */
export const BANDS = 32;

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finalizer: a cheap, well-mixed 32-bit permutation. */
export function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: NUM_HASHES }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** Hashes of the overlapping word n-grams of a text (lower-cased, punctuation ignored). */
export function shingles(text: string, n = SHINGLE_WORDS): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length > 0 && words.length < n) out.add(fnv1a(words.join(' ')));
  for (let i = 0; i + n <= words.length; i++) out.add(fnv1a(words.slice(i, i + n).join(' ')));
  return out;
}

export function minhash(set: ReadonlySet<number>): number[] {
  const sig = new Array<number>(NUM_HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = mix(x ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}
