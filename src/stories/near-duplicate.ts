// Reprints and copies: which origin a document's text belongs to. A document is a copy of a stored
// one when their 5-word shingle sets are near-identical (MinHash, LSH candidates, so the check is
// sub-linear in the corpus); otherwise a syndication note or a wire cue names the outlet it came
// from; otherwise it is an original. Copies inherit the origin key of what they copy, so 200 copies
// of one article under different URLs share one key, whichever arrived first.
import type { Doc } from '../doc/index.js';
import { estimateJaccard, LshIndex, minhash, shingles } from './minhash.js';
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

/** What the index keeps per document; stored so the index can be rebuilt without the texts. */
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
}

type OriginDoc = Pick<Doc, 'text' | 'meta' | 'removed'>;

export class ReprintIndex {
  private readonly lsh = new LshIndex<Fingerprint>();
  private readonly byId = new Map<string, Fingerprint>();
  private readonly options: NearDuplicateOptions;

  constructor(options: Partial<NearDuplicateOptions> = {}) {
    this.options = { jaccard: 0.6, containment: 0.85, ...options };
  }

  get size(): number {
    return this.byId.size;
  }

  /** Puts back a stored fingerprint. */
  restore(fp: Fingerprint): void {
    this.byId.set(fp.docId, fp);
    this.lsh.add(fp.signature, fp);
  }

  /** The origin of a document, against what is indexed; the index is not changed. */
  fingerprint(docId: string, doc: OriginDoc): Fingerprint {
    const set = shingles(doc.text);
    const signature = minhash(set);
    return { docId, signature, shingles: set.size, origin: this.originFor(docId, doc, signature, set.size) };
  }

  /** Fingerprints a document and indexes it, so later copies find it. */
  register(docId: string, doc: OriginDoc): Fingerprint {
    const known = this.byId.get(docId);
    if (known) return known;
    const fp = this.fingerprint(docId, doc);
    this.restore(fp);
    return fp;
  }

  originOf(docId: string): Origin | null {
    return this.byId.get(docId)?.origin ?? null;
  }

  private originFor(docId: string, doc: OriginDoc, signature: number[], size: number): Origin {
    const copy = this.bestCopy(signature, size);
    const note = doc.meta.syndicatedFrom;
    if (copy) {
      const also = note ? `; syndication note names ${note}` : '';
      return {
        key: copy.fp.origin.key,
        kind: 'near-duplicate',
        copyOf: copy.fp.docId,
        outlet: copy.fp.origin.outlet ?? (note ? outletName(note) : null),
        reason: `shingle Jaccard ≈ ${copy.jaccard.toFixed(2)} with ${copy.fp.docId}${also}`,
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

  private bestCopy(signature: number[], size: number): { fp: Fingerprint; jaccard: number } | null {
    let best: { fp: Fingerprint; jaccard: number; score: number } | null = null;
    for (const fp of this.lsh.candidates(signature)) {
      const j = estimateJaccard(signature, fp.signature);
      // |A ∩ B| = J (|A| + |B|) / (1 + J); containment is that over the smaller set.
      const contained = (j * (size + fp.shingles)) / (1 + j) / Math.max(1, Math.min(size, fp.shingles));
      if (j < this.options.jaccard && contained < this.options.containment) continue;
      if (!best || j > best.score) best = { fp, jaccard: j, score: j };
    }
    return best && { fp: best.fp, jaccard: best.jaccard };
  }
}
