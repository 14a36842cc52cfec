// The claims the claim stage holds for matching, with the postings that find them (feature → the
// claims carrying it, by a small number rather than their id string), in least-recently-touched
// order, within a budget of kept wordings. Past the budget the claims touched longest ago leave the
// stage and its postings: memory stays bounded however long the ingest runs. The trade-off: a
// mention repeating a claim nobody has repeated for that long is not matched to it and opens a new
// claim (written and listed like any other); the claims still held match, and their status and
// ranges stay exact, as before.
import type { ClaimFacts } from './claim-facts.js';
import type { ClaimMention } from './claim-types.js';

interface Posting {
  key: string;
  /** Claim numbers in the order they joined the posting (a Set keeps insertion order). */
  ids: Set<number>;
}

interface Held {
  facts: ClaimFacts;
  postings: Posting[];
}

/**
 * Kept wordings held across all claims. A wording costs about 0.3 KB with its claim's share of
 * postings and overhead (3,005 generated articles: 4,134 claims, 24,705 wordings, 8.8 MB), so the
 * default stays near 120 MB: the claims of roughly the last 50,000 articles at 8 wordings each. An
 * archive whose claims keep recurring across a longer span than the budget covers opens duplicates
 * of them (replaying those 3,005 articles within 10,000 wordings opened 2.6 times as many claims).
 */
export const DEFAULT_MAX_WORDINGS = 400_000;

export class HeldClaims {
  private readonly held = new Map<number, Held>();
  private readonly postings = new Map<string, Posting>();
  private next = 0;
  private wordings = 0;

  constructor(private readonly maxWordings = DEFAULT_MAX_WORDINGS) {}

  /** How many claims, their wordings and the features that find them are held. */
  get size(): { claims: number; wordings: number; features: number } {
    return { claims: this.held.size, wordings: this.wordings, features: this.postings.size };
  }

  /** Holds a new claim, found from now on by these features (its mentions'); returns its number. */
  open(facts: ClaimFacts, found: Iterable<string>): number {
    const n = this.next++;
    // Built whole, the list is as long as it needs to be (one grown by push keeps spare room).
    const postings = [...new Set(found)].map((f) => this.postingFor(f));
    for (const p of postings) p.ids.add(n);
    this.held.set(n, { facts, postings });
    this.wordings += facts.wordings.length;
    return n;
  }

  facts(n: number): ClaimFacts {
    return this.held.get(n)!.facts;
  }

  /** Folds `m` into claim `n`, which becomes the most recently touched. */
  add(n: number, m: ClaimMention): void {
    const h = this.held.get(n)!;
    const was = h.facts.wordings.length;
    h.facts.add(m);
    this.wordings += h.facts.wordings.length - was;
    this.held.delete(n);
    this.held.set(n, h);
    this.post(n, m);
  }

  /** Claims posted under `feature`, oldest first (absent when none). */
  posting(feature: string): Set<number> | undefined {
    return this.postings.get(feature)?.ids;
  }

  /** Lets go of the claims touched longest ago until the wordings fit the budget (the most recent
   * claim always stays). */
  evict(): void {
    for (const [n, h] of this.held) {
      if (this.wordings <= this.maxWordings || this.held.size <= 1) return;
      this.held.delete(n);
      this.wordings -= h.facts.wordings.length;
      for (const p of h.postings) {
        p.ids.delete(n);
        if (!p.ids.size) this.postings.delete(p.key);
      }
    }
  }

  /** Finds claim `n` by `m`'s features too. */
  post(n: number, m: ClaimMention): void {
    const h = this.held.get(n)!;
    for (const f of features(m)) {
      const p = this.postingFor(f);
      if (!p.ids.has(n)) {
        p.ids.add(n);
        h.postings.push(p);
      }
    }
  }

  private postingFor(feature: string): Posting {
    let p = this.postings.get(feature);
    if (!p) {
      p = { key: feature, ids: new Set() };
      this.postings.set(feature, p);
    }
    return p;
  }
}

/**
 * What a candidate claim must share with a mention: an entity or a kind of figure, under the same
 * predicate. Two mentions match only with the same predicate (nearly the same wording has the same
 * verb), so a hub entity's claims are split by what is said of it, and matching costs what is said
 * of it in the same way, not everything said of it.
 */
export function features(m: ClaimMention): string[] {
  const p = m.predicate ?? '';
  return [
    ...m.entities.map((e) => `${p}|e:${e.id}`),
    ...m.values.filter((v) => v.amount !== null).map((v) => `${p}|v:${v.kind}:${v.currency ?? v.unit ?? ''}`),
  ];
}
