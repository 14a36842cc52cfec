// Reprints and copies: which origin a document's text belongs to. A document is a copy of a stored
// one when their 5-word shingle sets are near-identical (MinHash, LSH candidates, so the check is
// sub-linear in the corpus); otherwise a syndication note or a wire cue names the outlet it came
// from; otherwise it is an original. Copies inherit the origin key of what they copy, so 200 copies
// of one article under different URLs share one key, whichever arrived first.
import type { Doc } from '../doc/index.js';
import { LshIndex } from './lsh-index.js';
import { minhash, NUM_HASHES, shingles } from './minhash.js';
import { outletKey, outletName } from './outlet-names.js';
import { wireCue } from './wire-copy.js';

export type OriginKind = 'original' | 'near-duplicate' | 'syndication' | 'wire';

export interface Origin {
  /** Documents with equal keys are one origin: `doc:<id>` or `outlet:<name>`. */
  key: string;
  kind: OriginKind;
  /** The stored document this one copies (near-duplicates only). */
  copyOf: string | null;
  /** The outlet the text comes from, when known. */
  outlet: string | null;
  reason: string;
  jaccard?: number;
}

/** A document's reprint fingerprint as stored, so the index can be rebuilt without the texts. */
export interface Fingerprint {
  docId: string;
  signature: number[];
  shingles: number;
  origin: Origin;
}

export interface NearDuplicateOptions {
  /** Estimated shingle Jaccard from which two texts are one text. */
  jaccard: number;
  /** Or: the share of the shorter text's shingles found in the longer (a cut-down reprint). */
  containment: number;
  /**
   * How many fingerprints the index keeps, the most recently indexed (about 0.9 KB each): a copy of
   * a document indexed longer ago than this is not recognised as a copy (it counts as an origin of its
   * own). Below the bound results do not depend on it.
   */
  maxDocs: number;
}

export const defaultNearDuplicateOptions: NearDuplicateOptions = {
  jaccard: 0.6,
  containment: 0.85,
  maxDocs: 100_000,
};

type OriginDoc = Pick<Doc, 'text' | 'meta' | 'removed'>;

/**
 * The indexed documents, by their slot in the LSH index: of each it keeps what a copy needs of its
 * original (id, shingle count, origin key and outlet), not the whole fingerprint.
 */
export class ReprintIndex {
  private readonly options: NearDuplicateOptions;
  private readonly lsh: LshIndex;
  private readonly byId = new Map<string, number>();
  private readonly docIds: string[] = [];
  private readonly shingles: number[] = [];
  /** The origin key, or null for the usual `doc:<own id>` of an original (rebuilt when needed). */
  private readonly keys: (string | null)[] = [];
  private readonly outlets: (string | null)[] = [];
  /** Outlet names and outlet keys, which repeat across many documents, held once. */
  private readonly names = new Map<string, string>();

  constructor(options: Partial<NearDuplicateOptions> = {}) {
    this.options = { ...defaultNearDuplicateOptions, ...options };
    this.lsh = new LshIndex(Math.max(1, this.options.maxDocs));
  }

  get size(): number {
    return this.byId.size;
  }

  get maxDocs(): number {
    return this.options.maxDocs;
  }

  /** Puts back a stored fingerprint (one without a full signature cannot be matched and is skipped). */
  restore(fp: Fingerprint): void {
    if (this.byId.has(fp.docId) || fp.signature.length !== NUM_HASHES) return;
    const { slot, evicted } = this.lsh.add(fp.signature);
    if (evicted) this.byId.delete(this.docIds[slot]!);
    this.byId.set(fp.docId, slot);
    this.docIds[slot] = fp.docId;
    this.shingles[slot] = fp.shingles;
    const key = fp.origin.key;
    // A copy's `doc:` key names its original, which is unique enough not to be worth interning.
    this.keys[slot] = key === `doc:${fp.docId}` ? null : key.startsWith('doc:') ? key : this.name(key);
    this.outlets[slot] = fp.origin.outlet === null ? null : this.name(fp.origin.outlet);
  }

  /** The origin of a document, against what is indexed (but itself); the index is not changed. */
  fingerprint(docId: string, doc: OriginDoc): Fingerprint {
    const set = shingles(doc.text);
    const signature = minhash(set);
    return { docId, signature, shingles: set.size, origin: this.originFor(docId, doc, signature, set.size) };
  }

  /** Fingerprints a document and indexes it (unless it is indexed already), so later copies find it. */
  register(docId: string, doc: OriginDoc): Fingerprint {
    const fp = this.fingerprint(docId, doc);
    this.restore(fp);
    return fp;
  }

  private originFor(docId: string, doc: OriginDoc, signature: number[], size: number): Origin {
    const copy = this.bestCopy(docId, signature, size);
    const note = doc.meta.syndicatedFrom;
    if (copy) {
      const also = note ? `; syndication note names ${note}` : '';
      const copyOf = this.docIds[copy.slot]!;
      return {
        key: this.keyOf(copy.slot),
        kind: 'near-duplicate',
        copyOf,
        outlet: this.outlets[copy.slot] ?? (note ? outletName(note) : null),
        reason: `shingle Jaccard ≈ ${copy.jaccard.toFixed(2)} with ${copyOf}${also}`,
        jaccard: copy.jaccard,
      };
    }
    if (note) {
      const name = outletName(note);
      return {
        key: outletKey(note),
        kind: 'syndication',
        copyOf: null,
        outlet: name,
        reason: `syndication note: originally published by ${name}`,
      };
    }
    const wire = wireCue(doc);
    if (wire) {
      return {
        key: outletKey(wire.agency),
        kind: 'wire',
        copyOf: null,
        outlet: wire.agency,
        reason: `${wire.cue}: "${wire.evidence}"`,
      };
    }
    const outlet = doc.meta.outlet;
    return outlet
      ? {
          key: outletKey(outlet),
          kind: 'original',
          copyOf: null,
          outlet: outletName(outlet),
          reason: `own article of ${outletName(outlet)}`,
        }
      : {
          key: `doc:${docId}`,
          kind: 'original',
          copyOf: null,
          outlet: null,
          reason: 'no earlier copy, syndication note or wire cue',
        };
  }

  private keyOf(slot: number): string {
    return this.keys[slot] ?? `doc:${this.docIds[slot]}`;
  }

  private name(s: string): string {
    const known = this.names.get(s);
    if (known !== undefined) return known;
    this.names.set(s, s);
    return s;
  }

  private bestCopy(
    docId: string,
    signature: number[],
    size: number,
  ): { slot: number; jaccard: number } | null {
    let best: { slot: number; jaccard: number } | null = null;
    for (const slot of this.lsh.candidates(signature)) {
      if (this.docIds[slot] === docId) continue;
      const j = this.lsh.jaccard(slot, signature);
      const other = this.shingles[slot]!;
      // |A ∩ B| = J (|A| + |B|) / (1 + J); containment is that over the smaller set.
      const contained = (j * (size + other)) / (1 + j) / Math.max(1, Math.min(size, other));
      if (j < this.options.jaccard && contained < this.options.containment) continue;
      if (!best || j > best.jaccard) best = { slot, jaccard: j };
    }
    return best;
  }
}
