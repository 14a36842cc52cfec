// When two mentions report the same happening (linkReason, with the reason kept as evidence), and
// what a group of linked mentions shows as one timeline item.
import { granRank } from './timeline-mentions.js';
import type { Mention, TimelineItem } from './timeline-types.js';

const spanDays = (m: Mention) => (Date.parse(m.end) - Date.parse(m.start)) / 86400000;

/** Why two mentions report the same happening, or null when they do not. */
export function linkReason(a: Mention, b: Mention): string | null {
  if (a.id === b.id) return null;
  if (!(a.start < b.end && b.start < a.end)) return null;
  const aDay = (granRank[a.granularity] ?? 20) <= 3;
  const bDay = (granRank[b.granularity] ?? 20) <= 3;
  if (aDay && bDay && a.start !== b.start) return null;
  const contains = (x: Mention, y: Mention) => x.start <= y.start && y.end <= x.end;
  if (!contains(a, b) && !contains(b, a)) return null;
  // A year or a season holds too many happenings to say two mentions report the same one.
  if (spanDays(a) > 31 || spanDays(b) > 31) return null;
  const actors = a.actorKeys.filter((k) => b.actorKeys.includes(k));
  const terms = a.terms.filter((t) => b.terms.includes(t));
  const [x, y] = [a.id, b.id].sort();
  if ((a.timeFrom === b.id || b.timeFrom === a.id) && actors.length) {
    return `${x} ~ ${y}: one narrative, the second sentence continues at ${a.value}; shared actors: ${actors.join(', ')}`;
  }
  // Saying something is what most sentences report: it links only with another shared kind.
  if (!actors.length || !terms.some((t) => t !== 'statement')) return null;
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
