// How often an entity is mentioned per day, week or month, by the publication date of the mentioning
// documents. Works on the entity's per-document mention counts and the cached document summaries, so it
// costs one pass over the entity's documents. Undated documents, and documents dated less precisely than
// the buckets (a month when counting by day), are counted apart rather than guessed into a bucket.
import type { DocSummary } from '../store/store.js';

export type Bucketing = 'day' | 'week' | 'month';

export interface MentionBucket {
  /** `YYYY-MM-DD` (day; for a week, its Monday) or `YYYY-MM`. */
  period: string;
  mentions: number;
  docs: number;
}

export interface MentionsOverTime {
  by: Bucketing;
  buckets: MentionBucket[];
  undated: { mentions: number; docs: number };
  coarse: { mentions: number; docs: number };
}

const DAY = 86_400_000;
const MAX_BUCKETS = 400;
const MAX_FILLED = 5000;

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

function periodOf(date: string, by: Bucketing): string | null {
  if (by === 'month') return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  if (by === 'day') return date.slice(0, 10);
  const t = Date.parse(date.slice(0, 10));
  return dayOf(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY);
}

function next(period: string, by: Bucketing): string {
  if (by === 'month') {
    const [y, m] = period.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return dayOf(Date.parse(period) + (by === 'week' ? 7 : 1) * DAY);
}

/** The finest bucketing that spans the dates in at most MAX_BUCKETS buckets. */
function autoBucketing(dates: string[]): Bucketing {
  const days = dates.filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d)).map((d) => Date.parse(d.slice(0, 10)));
  if (days.length === 0) return 'month';
  const span = (Math.max(...days) - Math.min(...days)) / DAY;
  return span <= 62 ? 'day' : span <= 7 * MAX_BUCKETS ? 'week' : 'month';
}

export function mentionsOverTime(
  mentions: Record<string, number>,
  docs: ReadonlyMap<string, DocSummary>,
  by: Bucketing | 'auto' = 'auto',
): MentionsOverTime {
  const rows = Object.entries(mentions).map(([id, n]) => ({ n, date: docs.get(id)?.published ?? null }));
  const chosen = by === 'auto' ? autoBucketing(rows.flatMap((r) => (r.date ? [r.date] : []))) : by;
  const undated = { mentions: 0, docs: 0 };
  const coarse = { mentions: 0, docs: 0 };
  const counts = new Map<string, MentionBucket>();
  for (const { n, date } of rows) {
    const period = date ? periodOf(date, chosen) : null;
    const into = period ? null : date ? coarse : undated;
    if (into) {
      into.mentions += n;
      into.docs += 1;
      continue;
    }
    const b = counts.get(period!) ?? { period: period!, mentions: 0, docs: 0 };
    b.mentions += n;
    b.docs += 1;
    counts.set(period!, b);
  }
  const periods = [...counts.keys()].sort();
  const buckets: MentionBucket[] = [];
  // Empty periods between the first and the last are listed too, so gaps show as gaps (unless there would
  // be too many of them to draw, e.g. days over decades).
  for (let p = periods[0]; p && p <= periods.at(-1)!; p = next(p, chosen)) {
    if (buckets.length >= MAX_FILLED)
      return { by: chosen, buckets: periods.map((k) => counts.get(k)!), undated, coarse };
    buckets.push(counts.get(p) ?? { period: p, mentions: 0, docs: 0 });
  }
  return { by: chosen, buckets, undated, coarse };
}
