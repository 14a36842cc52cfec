// The shapes claims are stored and listed in: one sentence's claim (a mention), the corpus claim
// that gathers every article's mention of it, the per-document record the origin grouping needs,
// and the change record `dossier diff` reads.
import type { Evidence } from '../resolve/entity.js';
import type { Fingerprint } from '../stories/index.js';

export type ClaimModality = 'asserted' | 'hedged' | 'speculation' | 'opinion';

export interface ClaimEntity {
  id: string;
  name: string;
  type: string;
}

export interface ClaimValue {
  kind: string;
  text: string;
  amount: number | null;
  currency: string | null;
  /** '>=' (more than), '<=' (less than), '~' (about), or null for an exact figure. */
  qualifier: string | null;
  unit: string | null;
  noun: string | null;
}

export interface Claimant {
  name: string;
  /** Origin key (src/stories): two mentions with the same key credit the same source. */
  key: string;
  /** The attribution cue that credits it ("according-to", "source-reported", "direct quote"). */
  cue: string;
  /** Where the source's name stands in the text (-1 when it is a quote's speaker). */
  start: number;
  end: number;
}

/** One sentence's claim. */
export interface ClaimMention {
  docId: string;
  start: number;
  end: number;
  text: string;
  subject: ClaimEntity | null;
  /** Predicate class from data/predicates.json, and the verb that gave it. */
  predicate: string | null;
  verb: string | null;
  object: ClaimEntity | null;
  /** Every entity the sentence names except the claimant. */
  entities: ClaimEntity[];
  values: ClaimValue[];
  /** TimeML values of the sentence's time expressions. */
  times: string[];
  claimant: Claimant | null;
  modality: ClaimModality;
  /** The cues behind the modality and negation, so the label can be checked. */
  cues: string[];
  negated: boolean;
  /** Content-word stems, for lexical similarity. */
  words: string[];
  /** Independent origin key (see origin.ts) and its display name. */
  origin: string;
  originName: string;
}

/** A claim with every mention of it, in every article, as readers and the claim stage see it. */
export interface StoredClaim {
  id: string;
  mentions: ClaimMention[];
}

/**
 * A claim's own row (corpus kind 'claims'): small and written once, linked to every document that
 * mentions it. The mentions live in their documents' rows (kind 'claim-mentions'), so a claim
 * repeated by thousands of articles is never rewritten whole. `first` names the mention that opened
 * it; rows from before this split (or written by tools) may still carry `mentions` themselves.
 */
export interface ClaimHeader {
  id: string;
  first?: { docId: string; start: number };
  mentions?: ClaimMention[];
}

/** One mention as stored in its document's 'claim-mentions' row, with the claim it belongs to. */
export interface DocClaimMention extends ClaimMention {
  claimId: string;
}

/** Per-document facts the origin grouping needs (corpus kind 'claim-docs'). */
export interface ClaimDoc {
  docId: string;
  outlet: string | null;
  syndicatedFrom: string | null;
  /** The reprint index's fingerprint (src/stories), so copies found later share this origin. */
  fingerprint: Fingerprint;
  /** The earlier document this one reprints (near-duplicate text), if any. */
  reprintOf: string | null;
  origin: string;
  originName: string;
  entityIds: string[];
}

/** What one document changed when it was ingested (corpus kind 'claim-changes'). */
export interface ClaimChanges {
  docId: string;
  newClaims: string[];
  /** Claims that had one origin and now have two or more because of this document. */
  corroborated: string[];
  /** Claims this document's mentions contradict. */
  contradicted: string[];
  /** Claims this document repeats (with the origin it adds, which may be one already counted). */
  repeated: string[];
  /** Figures this document widened or narrowed: the claim's range before and after. */
  revised: { claimId: string; before: string; after: string }[];
  newEntities: ClaimEntity[];
  reprintOf: string | null;
  /** Pairs of this document's own sentences that contradict each other. */
  selfContradictions: { claimId: string; a: Evidence; b: Evidence; reason: string }[];
}

export const CLAIMS_KIND = 'claims';
export const CLAIM_DOCS_KIND = 'claim-docs';
export const CLAIM_MENTIONS_KIND = 'claim-mentions';
export const CLAIM_CHANGES_KIND = 'claim-changes';
