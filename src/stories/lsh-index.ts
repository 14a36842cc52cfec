// A banded LSH index over MinHash signatures, kept in typed arrays: a 100,000-document index is a
// few flat buffers, not 3.2 million string keys and arrays. Each document takes a slot: its signature
// sits in one pooled Uint32Array and each of its bands is a node in a chained hash table (heads and
// next-links are Int32Arrays; a band's hash is only the table position, candidates are checked
// against the band's values, so the candidates are exactly the documents sharing a band). With
// `maxSize` slots in use, adding a document overwrites the oldest slot (first in, first out).
import { BANDS, mix, NUM_HASHES } from './minhash.js';

const ROWS = NUM_HASHES / BANDS;
const NONE = -1;
/** Band nodes per head of the hash table once it is resized (chains stay short). */
const LOAD = 2;
const FIRST_CAPACITY = 64;

function bandHash(sig: ArrayLike<number>, offset: number, band: number): number {
  let h = mix(band + 1);
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = mix(h ^ sig[offset + r]!);
  return h;
}

export class LshIndex {
  private signatures = new Uint32Array(0);
  /** Per slot × band: the next node of the same table chain. */
  private links = new Int32Array(0);
  private heads = new Int32Array(0);
  private mask = 0;
  /** Marks slots already collected by the current `candidates` call. */
  private seen = new Uint32Array(0);
  private epoch = 0;
  private capacity = 0;
  private used = 0;
  /** Once full: the oldest slot, which the next add overwrites. */
  private oldest = 0;

  constructor(readonly maxSize: number) {}

  get size(): number {
    return this.used;
  }

  /** Indexes a signature of NUM_HASHES values; returns its slot and whether that slot's earlier signature was evicted. */
  add(sig: ArrayLike<number>): { slot: number; evicted: boolean } {
    if (this.used === this.capacity && this.capacity < this.maxSize) this.grow();
    let slot: number;
    let evicted = false;
    if (this.used < this.capacity) slot = this.used++;
    else {
      slot = this.oldest;
      this.oldest = (this.oldest + 1) % this.capacity;
      for (let b = 0; b < BANDS; b++) this.unlink(slot, b);
      evicted = true;
    }
    this.signatures.set(sig, slot * NUM_HASHES);
    for (let b = 0; b < BANDS; b++) this.link(slot, b);
    return { slot, evicted };
  }

  /**
   * Slots sharing at least one band with `sig`: band by band, each band's slots oldest first, each
   * slot once (the order a list of buckets filled by insertion would give).
   */
  candidates(sig: ArrayLike<number>): number[] {
    const out: number[] = [];
    if (this.used === 0) return out;
    if (++this.epoch === 0xffffffff) {
      this.seen.fill(0);
      this.epoch = 1;
    }
    const chain: number[] = [];
    for (let b = 0; b < BANDS; b++) {
      chain.length = 0;
      for (let node = this.heads[bandHash(sig, 0, b) & this.mask]!; node !== NONE; node = this.links[node]!) {
        if (node % BANDS === b && this.sameBand(Math.floor(node / BANDS), sig, b)) chain.push(node);
      }
      // Chains are built newest first.
      for (let i = chain.length - 1; i >= 0; i--) {
        const slot = Math.floor(chain[i]! / BANDS);
        if (this.seen[slot] === this.epoch) continue;
        this.seen[slot] = this.epoch;
        out.push(slot);
      }
    }
    return out;
  }

  /** The share of equal positions between a slot's signature and `sig` (the Jaccard estimate). */
  jaccard(slot: number, sig: ArrayLike<number>): number {
    const base = slot * NUM_HASHES;
    let same = 0;
    for (let i = 0; i < NUM_HASHES; i++) if (this.signatures[base + i] === sig[i]) same++;
    return same / NUM_HASHES;
  }

  signature(slot: number): number[] {
    return Array.from(this.signatures.subarray(slot * NUM_HASHES, (slot + 1) * NUM_HASHES));
  }

  private sameBand(slot: number, sig: ArrayLike<number>, band: number): boolean {
    const base = slot * NUM_HASHES;
    for (let r = band * ROWS; r < (band + 1) * ROWS; r++)
      if (this.signatures[base + r] !== sig[r]) return false;
    return true;
  }

  private head(slot: number, band: number): number {
    return bandHash(this.signatures, slot * NUM_HASHES, band) & this.mask;
  }

  private link(slot: number, band: number): void {
    const h = this.head(slot, band);
    const node = slot * BANDS + band;
    this.links[node] = this.heads[h]!;
    this.heads[h] = node;
  }

  private unlink(slot: number, band: number): void {
    const h = this.head(slot, band);
    const node = slot * BANDS + band;
    let prev = NONE;
    let at = this.heads[h]!;
    while (at !== node) {
      prev = at;
      at = this.links[at]!;
    }
    if (prev === NONE) this.heads[h] = this.links[node]!;
    else this.links[prev] = this.links[node]!;
  }

  /** Doubles the slots (up to maxSize) and rebuilds the table; slots are still in insertion order. */
  private grow(): void {
    this.capacity = Math.min(this.maxSize, Math.max(FIRST_CAPACITY, this.capacity * 2));
    const signatures = new Uint32Array(this.capacity * NUM_HASHES);
    signatures.set(this.signatures);
    this.signatures = signatures;
    const seen = new Uint32Array(this.capacity);
    seen.set(this.seen);
    this.seen = seen;
    this.links = new Int32Array(this.capacity * BANDS);
    let size = 1;
    while (size * LOAD < this.capacity * BANDS) size *= 2;
    this.heads = new Int32Array(size).fill(NONE);
    this.mask = size - 1;
    for (let slot = 0; slot < this.used; slot++) for (let b = 0; b < BANDS; b++) this.link(slot, b);
  }
}
