// The timeline across articles: mentions of the same happening (compatible times, a shared actor and
// a shared kind of happening) are linked, and each connected group is one item listing every article's
// evidence and every link's reason. Linking is symmetric and groups are connected components, so adding
// one document's mentions to an existing timeline gives the same items as rebuilding from scratch.
import { docMentions, granRank } from './timeline-mentions.js';
import type { AnalysedDoc, Mention, TimelineItem } from './timeline-types.js';

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

function toItem(ms: Mention[], reasons: string[]): TimelineItem {
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

function byTime(a: TimelineItem, b: TimelineItem): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id);
}

interface Group {
  mentions: Mention[];
  reasons: string[];
  touched: boolean;
  item?: TimelineItem;
  gone?: boolean;
}

/** Every mention whose dates cannot be read is compared with every other (bucket '*'). */
const ANY = '*';

/**
 * The calendar months a mention's interval touches: the blocking keys. linkReason only links mentions
 * whose intervals overlap and span at most 31 days, and two overlapping intervals share a month, so
 * comparing a mention with those filed under its months finds every link without scanning the corpus.
 */
function monthKeys(m: Mention): string[] {
  const from = Date.parse(m.start);
  const to = Date.parse(m.end);
  if (Number.isNaN(from) || Number.isNaN(to)) return [ANY];
  if (spanDays(m) > 31) return [];
  const keys: string[] = [];
  const d = new Date(from);
  d.setUTCDate(1);
  while (d.getTime() < Math.max(to, from + 1)) {
    keys.push(d.toISOString().slice(0, 7));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return keys;
}

/** Adds one or more documents' mentions; only items the new mentions link to are rebuilt. */
export function addToTimeline(
  existing: readonly TimelineItem[],
  newMentions: readonly Mention[],
): TimelineItem[] {
  const groups: Group[] = existing.map((item) => ({
    mentions: [...item.mentions],
    reasons: [...item.merged],
    touched: false,
    item,
  }));
  const groupOf = new Map<Mention, Group>();
  const byMonth = new Map<string, Mention[]>();
  const file = (m: Mention, g: Group) => {
    groupOf.set(m, g);
    for (const k of monthKeys(m)) {
      const list = byMonth.get(k);
      if (list) list.push(m);
      else byMonth.set(k, [m]);
    }
  };
  for (const g of groups) for (const m of g.mentions) file(m, g);
  for (const m of newMentions) {
    const keys = monthKeys(m);
    const candidates = new Set(
      keys.includes(ANY) ? [...byMonth.values()].flat() : keys.flatMap((k) => byMonth.get(k) ?? []),
    );
    for (const other of byMonth.get(ANY) ?? []) candidates.add(other);
    const linked = new Set<Group>();
    const reasons: string[] = [];
    for (const other of candidates) {
      const why = linkReason(m, other);
      if (why) {
        linked.add(groupOf.get(other)!);
        reasons.push(why);
      }
    }
    const merged: Group = { mentions: [m], reasons, touched: true };
    for (const g of linked) {
      merged.mentions.push(...g.mentions);
      merged.reasons.push(...g.reasons);
      g.gone = true;
    }
    for (const x of merged.mentions) groupOf.set(x, merged);
    file(m, merged);
    groups.push(merged);
  }
  return groups
    .filter((g) => !g.gone)
    .map((g) => (!g.touched && g.item ? g.item : toItem(g.mentions, g.reasons)))
    .sort(byTime);
}

/**
 * The timeline of a set of documents. Dated documents go first, so that undated ones can take their
 * date from a happening the dated ones pin down.
 */
export function buildTimeline(docs: readonly AnalysedDoc[]): TimelineItem[] {
  const dated = docs.filter((d) => d.published);
  const undated = docs.filter((d) => !d.published);
  let items = addToTimeline(
    [],
    dated.flatMap((d) => docMentions(d)),
  );
  const needStory: AnalysedDoc[] = [];
  for (const d of undated) {
    const ms = docMentions(d);
    if (ms.some((m) => m.reportTimeEstimate)) items = addToTimeline(items, ms);
    else needStory.push(d);
  }
  const known = items;
  return addToTimeline(
    items,
    needStory.flatMap((d) => docMentions(d, known)),
  );
}

export interface TimelineFilter {
  from?: string;
  to?: string;
  entity?: string;
}

/** Items overlapping [from, to] whose actors mention the entity (case- and accent-insensitive). */
export function filterTimeline(items: readonly TimelineItem[], f: TimelineFilter): TimelineItem[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return items.filter(
    (i) =>
      (!f.from || i.end > f.from) &&
      (!f.to || i.start <= f.to) &&
      (!f.entity || i.actors.some((a) => fold(a).includes(fold(f.entity!)))),
  );
}
