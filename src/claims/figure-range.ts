// A claim's figures folded into ranges as its mentions arrive, so the claim stage can say how a
// document revised them ("$4–5 billion" before, "$4–6 billion" after) without keeping the mentions:
// the same fold as valueRanges (claim-status.ts) over the same figures, a few numbers per group.
import { rangeGroup, rangeText } from './claim-status.js';
import type { ClaimValue } from './claim-types.js';
import type { StringPool } from './kept-wording.js';
import { interval } from './match-claims.js';

export interface FigureGroup {
  key: string;
  kind: string;
  currency: string | null;
  unit: string | null;
  low: number;
  high: number | null;
}

export class FigureRange {
  /** In the order the groups first appeared, as valueRanges lists them. */
  private readonly groups: FigureGroup[] = [];

  /** Ranges already folded, in order. */
  static of(groups: readonly FigureGroup[]): FigureRange {
    const r = new FigureRange();
    for (const g of groups)
      r.groups.push({
        key: g.key,
        kind: g.kind,
        currency: g.currency,
        unit: g.unit,
        low: g.low,
        high: g.high,
      });
    return r;
  }

  add(values: readonly ClaimValue[], pool: StringPool): void {
    for (const v of values) {
      const key = rangeGroup(v);
      if (key === null) continue;
      const [lo, hi] = interval(v);
      const g = this.groups.find((x) => x.key === key);
      if (!g)
        this.groups.push({
          key: pool.str(key),
          kind: pool.str(v.kind),
          currency: pool.str(v.currency),
          unit: pool.str(v.unit),
          low: lo,
          high: Number.isFinite(hi) ? hi : null,
        });
      else {
        g.low = Math.min(g.low, lo);
        g.high = g.high === null || !Number.isFinite(hi) ? null : Math.max(g.high, hi);
      }
    }
  }

  get empty(): boolean {
    return this.groups.length === 0;
  }

  /** The ranges as one phrase, empty when there are no figures. */
  text(): string {
    return this.groups.map(rangeText).join('; ');
  }
}
