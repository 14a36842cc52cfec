// What a claim amounts to: its independent origins (each with the articles carrying it), its
// status — contradicted (two mentions disagree), corroborated (two or more independent origins) or
// single-source — with the reason, and its figures reconciled into one range with their sources.
import type { Evidence } from '../resolve/entity.js';
import type { ClaimMention, ClaimModality, ClaimValue, StoredClaim } from './claim-types.js';
import { conflictBetween, interval } from './match-claims.js';

export type ClaimStatus = 'corroborated' | 'single-source' | 'contradicted';

export interface ClaimOrigin {
  origin: string;
  key: string;
  docs: string[];
}

export interface ValueRange {
  kind: string;
  currency: string | null;
  unit: string | null;
  low: number;
  high: number | null;
  text: string;
  sources: { docId: string; text: string; origin: string }[];
}

export interface Contradiction {
  reason: string;
  sides: [Evidence, Evidence];
}

export interface ClaimView {
  id: string;
  text: string;
  subject: string | null;
  predicate: string | null;
  value?: string;
  /** TimeML values of the times the sentences give for the claim. */
  times: string[];
  status: ClaimStatus;
  reason: string;
  origins: ClaimOrigin[];
  evidence: Evidence[];
  values?: ValueRange[];
  modality: ClaimModality;
  claimants: string[];
  contradictions?: Contradiction[];
}

const evidence = (m: ClaimMention): Evidence => ({
  docId: m.docId,
  start: m.start,
  end: m.end,
  text: m.text,
});

export function claimOrigins(mentions: readonly ClaimMention[]): ClaimOrigin[] {
  const by = new Map<string, ClaimOrigin>();
  for (const m of mentions) {
    const o = by.get(m.origin) ?? { origin: m.originName, key: m.origin, docs: [] };
    by.set(m.origin, o);
    if (!o.docs.includes(m.docId)) o.docs.push(m.docId);
  }
  return [...by.values()];
}

/** Pairs are compared among at most this many wordings of one claim (the earliest); the claim stage
 * keeps as many per claim for its own conflict checks. */
export const MAX_WORDINGS = 100;

export function contradictions(all: readonly ClaimMention[]): Contradiction[] {
  // Copies of one sentence (reprints) cannot disagree with each other: compare distinct wordings only.
  const byText = new Map<string, ClaimMention>();
  for (const m of all) if (!byText.has(m.text)) byText.set(m.text, m);
  const mentions = [...byText.values()].slice(0, MAX_WORDINGS);
  const out: Contradiction[] = [];
  for (let i = 0; i < mentions.length; i++)
    for (let j = i + 1; j < mentions.length; j++) {
      const reason = conflictBetween(mentions[i], mentions[j]);
      if (reason) out.push({ reason, sides: [evidence(mentions[i]), evidence(mentions[j])] });
    }
  return out;
}

const money = (x: number, currency: string | null) => {
  const unit = x >= 1e9 ? [1e9, ' billion'] : x >= 1e6 ? [1e6, ' million'] : [1, ''];
  const n = `${Number((x / (unit[0] as number)).toFixed(2))}${unit[1]}`;
  return currency === 'USD' ? `$${n}` : currency ? `${n} ${currency}` : n;
};

/** The group a figure's range is folded into, or null for a figure that joins none (no amount, or a
 * bare count of nothing named). */
export function rangeGroup(v: Omit<ClaimValue, 'text'>): string | null {
  if (v.amount === null || (v.kind === 'CARDINAL' && !v.noun)) return null;
  return `${v.kind}|${v.currency}|${v.unit}|${v.kind === 'CARDINAL' ? v.noun : ''}`;
}

/** A group's range as one phrase ("$4–5 billion", "more than 20 km"); `high` null is open-ended. */
export function rangeText(g: Pick<ValueRange, 'kind' | 'currency' | 'unit' | 'low' | 'high'>): string {
  const f = (x: number) =>
    g.kind === 'MONEY' ? money(x, g.currency) : `${Number(x.toPrecision(4))}${g.unit ? ` ${g.unit}` : ''}`;
  return g.high === null ? `more than ${f(g.low)}` : g.low === g.high ? f(g.low) : `${f(g.low)}–${f(g.high)}`;
}

/** Every comparable figure folded into one range: the intersection when they agree, else the span. */
export function valueRanges(mentions: readonly ClaimMention[]): ValueRange[] {
  const groups = new Map<string, ValueRange>();
  for (const m of mentions)
    for (const v of m.values) {
      const key = rangeGroup(v);
      if (key === null) continue;
      const [lo, hi] = interval(v);
      let g = groups.get(key);
      if (!g) {
        g = {
          kind: v.kind,
          currency: v.currency,
          unit: v.unit,
          low: lo,
          high: Number.isFinite(hi) ? hi : null,
          text: '',
          sources: [],
        };
        groups.set(key, g);
      } else {
        g.low = Math.min(g.low, lo);
        g.high = g.high === null || !Number.isFinite(hi) ? null : Math.max(g.high, hi);
      }
      g.sources.push({ docId: m.docId, text: v.text, origin: m.originName });
    }
  for (const g of groups.values()) g.text = rangeText(g);
  return [...groups.values()];
}

function modalityOf(mentions: readonly ClaimMention[]): ClaimModality {
  if (mentions.some((m) => m.modality === 'asserted')) return 'asserted';
  const order: ClaimModality[] = ['hedged', 'speculation', 'opinion'];
  return order.find((k) => mentions.some((m) => m.modality === k)) ?? 'asserted';
}

export function statusOf(mentions: readonly ClaimMention[]): {
  status: ClaimStatus;
  reason: string;
  origins: ClaimOrigin[];
  conflicts: Contradiction[];
} {
  const origins = claimOrigins(mentions);
  const conflicts = contradictions(mentions);
  const docs = new Set(mentions.map((m) => m.docId)).size;
  if (conflicts.length) {
    const within = conflicts.every((c) => c.sides[0].docId === c.sides[1].docId);
    return {
      status: 'contradicted',
      reason: `${conflicts[0].reason}${within ? ' (within one article)' : ''}`,
      origins,
      conflicts,
    };
  }
  const articles = `${docs} article${docs === 1 ? '' : 's'}`;
  if (origins.length >= 2)
    return {
      status: 'corroborated',
      reason: `${origins.length} independent origins (${origins.map((o) => o.origin).join('; ')}) in ${articles}`,
      origins,
      conflicts,
    };
  const only = origins[0]?.origin ?? 'unknown';
  const reason = docs > 1 ? `${articles}, all from one origin: ${only}` : `only ${only} reports it`;
  return { status: 'single-source', reason, origins, conflicts };
}

/** The representative mention: asserted before hedged, then the most specific (most entities and figures). */
function representative(mentions: readonly ClaimMention[]): ClaimMention {
  const rank = (m: ClaimMention) =>
    (m.modality === 'asserted' ? 10 : 0) + m.entities.length + 2 * m.values.length - m.text.length / 1000;
  return [...mentions].sort((a, b) => rank(b) - rank(a))[0];
}

export function viewClaim(claim: StoredClaim): ClaimView {
  const m = representative(claim.mentions);
  const { status, reason, origins, conflicts } = statusOf(claim.mentions);
  const values = valueRanges(claim.mentions);
  const claimants = [...new Set(claim.mentions.flatMap((x) => (x.claimant ? [x.claimant.name] : [])))];
  return {
    id: claim.id,
    text: m.text,
    subject: m.subject?.name ?? null,
    predicate: m.predicate,
    ...(values.length ? { value: values.map((v) => v.text).join('; ') } : {}),
    times: [...new Set(claim.mentions.flatMap((x) => x.times))],
    status,
    reason,
    origins: origins.map((o) => ({ origin: o.origin, key: o.key, docs: o.docs })),
    evidence: claim.mentions.map(evidence),
    ...(values.length ? { values } : {}),
    modality: modalityOf(claim.mentions),
    claimants,
    ...(conflicts.length ? { contradictions: conflicts } : {}),
  };
}
