// What the claim stage keeps about one claim between documents: its distinct wordings, its origins,
// one mention per distinct figure, its status and its figures' range, all updated as a mention joins.
// A claim repeated by thousands of articles then costs a new mention what its distinct wordings
// cost, not a pass over every mention.
import { type ClaimStatus, statusOf, valueRanges } from './claim-status.js';
import type { ClaimMention, StoredClaim } from './claim-types.js';
import { conflictBetween } from './match-claims.js';

const figureKey = (m: ClaimMention) =>
  m.values
    .filter((v) => v.amount !== null)
    .map((v) => `${v.kind}|${v.currency}|${v.unit}|${v.noun}|${v.qualifier}|${v.amount}`)
    .join(';');

/**
 * What matching and conflict checks read of a kept wording (match-claims.ts): the display fields
 * (names, cues, verb, subject and object) are dropped, since the stage holds a wording of every claim
 * in the corpus and readers take mentions from the store.
 */
function lean(m: ClaimMention): ClaimMention {
  return {
    ...m,
    subject: null,
    object: null,
    verb: null,
    cues: [],
    originName: '',
    entities: m.entities.map((e) => ({ id: e.id, name: '', type: '' })),
    claimant: m.claimant && { ...m.claimant, name: '', cue: '' },
  };
}

/** Wordings kept per claim: new mentions are checked for conflicts against these (claim-status.ts
 * compares at most 100 when listing); a claim repeated in thousands of wordings stays bounded. */
const MAX_WORDINGS = 100;

export class ClaimFacts {
  readonly id: string;
  /** One mention per distinct sentence text (reprints repeat each other word for word); a repeated
   * wording adds only its origin, so reprints cost no memory. */
  readonly wordings = new Map<string, ClaimMention>();
  private readonly origins = new Set<string>();
  private readonly figures = new Map<string, ClaimMention>();
  private status: ClaimStatus;
  private range: string | null = null;

  constructor(claim: StoredClaim) {
    this.id = claim.id;
    this.status = statusOf(claim.mentions).status;
    for (const m of claim.mentions) this.note(m);
  }

  statusNow(): ClaimStatus {
    return this.status;
  }

  /** The claim's figures as one range ("$4–5 billion"), empty when it gives none. */
  rangeNow(): string {
    this.range ??= valueRanges([...this.figures.values()])
      .map((r) => r.text)
      .join('; ');
    return this.range;
  }

  /** The status once `m` joins: only the new mention is checked against the claim's wordings. */
  statusWith(m: ClaimMention): ClaimStatus {
    const was = this.statusNow();
    if (was === 'contradicted') return was;
    for (const x of this.wordings.values()) if (conflictBetween(m, x)) return 'contradicted';
    return this.origins.size >= 2 || (this.origins.size === 1 && !this.origins.has(m.origin))
      ? 'corroborated'
      : 'single-source';
  }

  add(m: ClaimMention): void {
    this.status = this.statusWith(m);
    this.note(m);
  }

  private note(m: ClaimMention): void {
    if (this.wordings.size < MAX_WORDINGS && !this.wordings.has(m.text)) this.wordings.set(m.text, lean(m));
    this.origins.add(m.origin);
    const key = figureKey(m);
    if (key && !this.figures.has(key)) {
      this.figures.set(key, m);
      this.range = null;
    }
  }
}
