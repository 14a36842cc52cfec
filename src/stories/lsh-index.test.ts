import { describe, expect, it } from 'vitest';
import { LshIndex } from './lsh-index.js';
import { BANDS, NUM_HASHES } from './minhash.js';

const ROWS = NUM_HASHES / BANDS;

/** Signatures from a few values, so many share bands (as copies of one text do). */
function signatures(n: number, seed: number): number[][] {
  let x = seed;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x;
  };
  return Array.from({ length: n }, () =>
    Array.from({ length: NUM_HASHES }, () => (next() % 3 === 0 ? 0xffffffff : next() % 4)),
  );
}

/** The index as plainly as it can be written: string band keys, buckets in insertion order. */
function naiveCandidates(kept: { slot: number; sig: number[] }[], sig: number[]): number[] {
  const band = (s: number[], b: number) => s.slice(b * ROWS, (b + 1) * ROWS).join(',');
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++)
    for (const k of kept) if (band(k.sig, b) === band(sig, b) && !out.includes(k.slot)) out.push(k.slot);
  return out;
}

describe('LshIndex', () => {
  it('returns exactly the slots sharing a band, band by band and oldest first, as string buckets would', () => {
    const index = new LshIndex(1000);
    const all = signatures(300, 7);
    const kept: { slot: number; sig: number[] }[] = [];
    for (const sig of all) {
      expect(index.candidates(sig)).toEqual(naiveCandidates(kept, sig));
      kept.push({ slot: index.add(sig).slot, sig });
    }
    expect(index.size).toBe(300);
    expect(index.signature(5)).toEqual(all[5]);
    expect(index.jaccard(5, all[5]!)).toBe(1);
  });

  it('holds at most maxSize signatures, evicting the oldest, and still finds the rest', () => {
    const index = new LshIndex(50);
    const all = signatures(200, 11);
    let kept: { slot: number; sig: number[] }[] = [];
    for (const [i, sig] of all.entries()) {
      const { slot, evicted } = index.add(sig);
      expect(evicted).toBe(i >= 50);
      kept = [...kept.filter((k) => k.slot !== slot), { slot, sig }];
      const probe = all[(i * 7) % all.length]!;
      expect(index.candidates(probe)).toEqual(naiveCandidates(kept, probe));
    }
    expect(index.size).toBe(50);
  });
});
