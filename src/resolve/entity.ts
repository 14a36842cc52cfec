// Canonical entities: one per real-world referent across the corpus, with the names it goes by, the
// roles the texts give it (with evidence), mention counts per document, and why each name was merged in.

export interface Evidence {
  docId: string;
  start: number;
  end: number;
  text: string;
}

/** An entity mention as the tagger found it. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: string;
}

export interface Role {
  text: string;
  evidence: Evidence;
}

export interface Merge {
  alias: string;
  reason: string;
}

export interface Entity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: Role[];
  /** Mention count per document id. */
  mentions: Record<string, number>;
  merges: Merge[];
  /** Country code for a country, or the country a nationality word belongs to. */
  country?: string;
}

/** A mention after resolution: which entity it refers to and why. */
export interface ResolvedMention extends Mention {
  entityId: string;
  reason: string;
}

export function totalMentions(e: Entity): number {
  return Object.values(e.mentions).reduce((a, b) => a + b, 0);
}
