// Reprint detection for origin counting: a MinHash signature of a text's five-word shingles, and the
// estimated Jaccard similarity of two signatures. A reprint (the same article under another URL, a
// syndicated copy with a different header) keeps nearly all shingles, so its estimate stays high.
// This is the interface src/stories' near-duplicate detector is expected to satisfy; until it exports
// one, this small implementation stands in.
const HASHES = 64;
const SHINGLE = 5;
const PRIME = 4294967311; // > 2^32

// Fixed coefficients (a linear congruential sequence) so signatures stay comparable across runs.
const COEFFS: [number, number][] = (() => {
  let x = 0x9e3779b9;
  const next = () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x;
  };
  return Array.from({ length: HASHES }, () => [(next() | 1) >>> 0, next()] as [number, number]);
})();

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** (a·x + b) mod p without losing precision: x and a are < 2^32, so split a into 16-bit halves. */
function permute(x: number, a: number, b: number): number {
  const hi = ((a >>> 16) * x) % PRIME;
  const lo = ((a & 0xffff) * x) % PRIME;
  return (((hi * 65536) % PRIME) + lo + b) % PRIME;
}

export function minhashSignature(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Array<number>(HASHES).fill(Number.MAX_SAFE_INTEGER);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = permute(h, COEFFS[k][0], COEFFS[k][1]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  if (!a.length || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Estimated shingle Jaccard at or above which one article counts as a copy of the other. */
export const REPRINT_SIMILARITY = 0.7;
