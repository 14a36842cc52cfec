// What the claim stage keeps about one claim between documents: its distinct wordings (what matching
// reads of them, kept-wording.ts), whether it has one origin or more, its figures folded into ranges
// and its status, all updated as a mention joins. A claim repeated by thousands of articles then
// costs a new mention what its distinct wordings cost, not a pass over every mention, and its memory
// is bounded by MAX_WORDINGS.
import { type ClaimStatus, MAX_WORDINGS, statusOf } from './claim-status.js';
import type { ClaimMention, StoredClaim } from './claim-types.js';
import { FigureRange } from './figure-range.js';
import { KeptWording, type StringPool, textHashes } from './kept-wording.js';
import { conflictOf } from './match-claims.js';

export class ClaimFacts {
  readonly id: string;
  /** One per distinct sentence text, told apart by its hashes (reprints repeat each other word for
   * word); a repeated wording adds only its origin, so reprints cost no memory. */
  private kept: KeptWording[] = [];
  /** The first origin, and whether another has been seen: all the status reads of its origins. */
  private origin: string | null = null;
  private manyOrigins = false;
  private figures: FigureRange | null = null;
  private status: ClaimStatus;

  constructor(
    claim: StoredClaim,
    private readonly pool: StringPool,
  ) {
    this.id = claim.id;
    this.status = statusOf(claim.mentions).status;
    for (const m of claim.mentions) this.note(m);
    // A copy is as long as it needs to be (a list grown by push keeps spare room).
    this.kept = this.kept.slice();
  }

  /** A claim gathered from the store without its mentions whole (claim-loader.ts). */
  static restore(
    r: {
      id: string;
      status: ClaimStatus;
      wordings: KeptWording[];
      origin: string | null;
      manyOrigins: boolean;
      figures: FigureRange | null;
    },
    pool: StringPool,
  ): ClaimFacts {
    const f = new ClaimFacts({ id: r.id, mentions: [] }, pool);
    f.status = r.status;
    f.kept = r.wordings;
    f.origin = r.origin;
    f.manyOrigins = r.manyOrigins;
    f.figures = r.figures;
    return f;
  }

  get wordings(): readonly KeptWording[] {
    return this.kept;
  }

  statusNow(): ClaimStatus {
    return this.status;
  }

  /** The claim's figures as one range ("$4–5 billion"), empty when it gives none. */
  rangeNow(): string {
    return this.figures?.text() ?? '';
  }

  /** The status once `m` joins: only the new mention is checked against the claim's wordings. */
  statusWith(m: ClaimMention): ClaimStatus {
    const was = this.statusNow();
    if (was === 'contradicted') return was;
    for (const x of this.kept) if (conflictOf(m, x)) return 'contradicted';
    return this.manyOrigins || (this.origin !== null && this.origin !== m.origin)
      ? 'corroborated'
      : 'single-source';
  }

  add(m: ClaimMention): void {
    this.status = this.statusWith(m);
    this.note(m);
  }

  private note(m: ClaimMention): void {
    if (this.kept.length < MAX_WORDINGS) {
      const [a, b] = textHashes(m.text);
      if (!this.kept.some((w) => w.hashA === a && w.hashB === b))
        this.kept.push(new KeptWording(m, [a, b], this.pool));
    }
    if (this.origin === null) this.origin = this.pool.str(m.origin);
    else if (this.origin !== m.origin) this.manyOrigins = true;
    if (m.values.some((v) => v.amount !== null)) {
      this.figures ??= new FigureRange();
      this.figures.add(m.values, this.pool);
    }
  }
}
