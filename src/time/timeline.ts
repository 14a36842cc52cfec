// The timeline across articles: mentions of the same happening (compatible times, a shared actor and
// a shared kind of happening) are linked, and each connected group is one item listing every article's
// evidence and every link's reason. Linking is symmetric and groups are connected components, so adding
// one document's mentions to an existing timeline gives the same items as rebuilding from scratch.
import { TimelineIndex } from './timeline-index.js';
import { docMentions } from './timeline-mentions.js';
import type { AnalysedDoc, Mention, TimelineItem } from './timeline-types.js';

/** Adds one or more documents' mentions to existing items; only items the new mentions join are rebuilt. */
export function addToTimeline(
  existing: readonly TimelineItem[],
  newMentions: readonly Mention[],
): TimelineItem[] {
  return TimelineIndex.of(existing).add(newMentions).items();
}

/**
 * The timeline of a set of documents. Dated documents go first, so that undated ones can take their
 * date from a happening the dated ones pin down.
 */
export function buildTimeline(docs: readonly AnalysedDoc[]): TimelineItem[] {
  const index = new TimelineIndex();
  const undated: AnalysedDoc[] = [];
  for (const d of docs) {
    if (d.published) index.add(docMentions(d));
    else undated.push(d);
  }
  const needStory: AnalysedDoc[] = [];
  for (const d of undated) {
    const ms = docMentions(d);
    if (ms.some((m) => m.reportTimeEstimate)) index.add(ms);
    else needStory.push(d);
  }
  const known = index.items();
  for (const d of needStory) index.add(docMentions(d, known));
  return index.items();
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
