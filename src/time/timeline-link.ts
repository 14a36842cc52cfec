// When two mentions report the same happening (linkReason, with the reason kept as evidence), and
// what a group of linked mentions shows as one timeline item.
import { granRank } from './timeline-mentions.js';
import type { Mention, TimelineItem } from './timeline-types.js';

/** How many days a mention's interval spans (NaN when its bounds cannot be read). */
export const spanDays = (m: Mention): number => (Date.parse(m.end) - Date.parse(m.start)) / 86400000;

/** Day or finer: two such mentions of one happening must start at the same instant. */
export const isFine = (m: Mention): boolean => (granRank[m.granularity] ?? 20) <= 3;

/**
 * Whether, and how, two mentions link: 'narrative' (one sentence continues the other's time), 'kind'
 * (same time, a shared actor and a shared kind of happening besides saying), or null. The spans are
 * passed in so that an index compares many pairs without parsing dates on each comparison.
 */
export function linkKind(a: Mention, b: Mention, aSpan: number, bSpan: number): 'narrative' | 'kind' | null {
  if (a.id === b.id) return null;
  if (!(a.start < b.end && b.start < a.end)) return null;
  if (a.start !== b.start && isFine(a) && isFine(b)) return null;
  const contains = (x: Mention, y: Mention) => x.start <= y.start && y.end <= x.end;
  if (!contains(a, b) && !contains(b, a)) return null;
  // A year or a season holds too many happenings to say two mentions report the same one.
  if (aSpan > 31 || bSpan > 31) return null;
  if (!a.actorKeys.some((k) => b.actorKeys.includes(k))) return null;
  if (a.timeFrom === b.id || b.timeFrom === a.id) return 'narrative';
  // Saying something is what most sentences report: it links only with another shared kind.
  return a.terms.some((t) => t !== 'statement' && b.terms.includes(t)) ? 'kind' : null;
}

/** Why two mentions report the same happening, or null when they do not. */
export function linkReason(a: Mention, b: Mention): string | null {
  const kind = linkKind(a, b, spanDays(a), spanDays(b));
  if (!kind) return null;
  const actors = a.actorKeys.filter((k) => b.actorKeys.includes(k));
  const terms = a.terms.filter((t) => b.terms.includes(t));
  const [x, y] = [a.id, b.id].sort();
  if (kind === 'narrative') {
    return `${x} ~ ${y}: one narrative, the second sentence continues at ${a.value}; shared actors: ${actors.join(', ')}`;
  }
  const time = a.value === b.value ? `same time ${a.value}` : `times ${a.value} and ${b.value} overlap`;
  return `${x} ~ ${y}: ${time}; shared actors: ${actors.join(', ')}; shared kind: ${terms.join(', ')}`;
}

function representative(ms: Mention[]): Mention {
  const count = new Map<string, number>();
  for (const m of ms) count.set(m.value, (count.get(m.value) ?? 0) + 1);
  return [...ms].sort(
    (a, b) =>
      (granRank[a.granularity] ?? 20) - (granRank[b.granularity] ?? 20) ||
      Number(a.timeSource !== 'explicit') - Number(b.timeSource !== 'explicit') ||
      count.get(b.value)! - count.get(a.value)! ||
      a.id.localeCompare(b.id),
  )[0];
}

export function toItem(ms: Mention[], reasons: string[]): TimelineItem {
  const sorted = [...ms].sort(
    (a, b) => a.docId.localeCompare(b.docId) || a.evidence.start - b.evidence.start,
  );
  const rep = representative(sorted);
  return {
    id: sorted.map((m) => m.id).sort()[0],
    value: rep.value,
    start: rep.start,
    end: rep.end,
    granularity: rep.granularity,
    ...(rep.mod ? { mod: rep.mod } : {}),
    label: rep.label,
    actors: [...new Set(sorted.flatMap((m) => m.actors))],
    docs: [...new Set(sorted.map((m) => m.docId))],
    evidence: sorted.map((m) => m.evidence),
    reports: [...new Map(sorted.map((m) => [m.docId, m])).values()].map((m) => ({
      docId: m.docId,
      time: m.reportTime,
      ...(m.reportTimeEstimate ? { estimate: m.reportTimeEstimate } : {}),
    })),
    merged: [...reasons].sort(),
    mentions: sorted,
  };
}
