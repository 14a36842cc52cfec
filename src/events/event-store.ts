// Events as stored: one small row per event (class, participants, time, place, patterns), linked to
// every document that reports it, and one row per document holding the evidence sentences it gave.
// Writing a document touches its own evidence row and the headers of the events it reports, so an
// event reported by thousands of articles is never rewritten with all their evidence; concurrent
// writers' views of one event are merged under the row lock, not overwritten. The event stage loads
// the headers only: matching needs no evidence, and readers load it from here.
import type { Evidence } from '../resolve/entity.js';
import { documentOrder, latestRank } from '../store/document-order.js';
import type { CorpusItem, CorpusWrite, Store } from '../store/store.js';
import type { DossierEvent, Participant } from './event.js';
import type { EventHeader } from './event-index.js';

export const EVENT_KIND = 'event';
export const EVENT_EVIDENCE_KIND = 'event-evidence';

/** An event's own row; rows written before evidence moved out (or by tools) may still carry it. */
type EventRow = EventHeader & { evidence?: Evidence[] };

/** One document's share of an event: the event as it now stands and the evidence this document gave. */
export interface PlannedEvent {
  event: EventHeader;
  evidence: Evidence[];
}

interface DocEventEvidence extends Evidence {
  eventId: string;
}

const evidenceKey = (e: Evidence) => `${e.docId}:${e.start}`;

function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
}

/** The incoming view is the newer one; patterns, agents and any stored evidence add up. */
export function mergeEventHeaders(stored: CorpusItem, incoming: CorpusItem): CorpusItem {
  const a = stored.data as EventRow;
  const b = incoming.data as EventRow;
  const byEntity = (p: Participant) => p.entityId;
  const agents = union(a.agents ?? [], b.agents ?? [], byEntity);
  const merged: EventRow = {
    ...b,
    actor: b.actor ?? a.actor,
    place: b.place ?? a.place,
    time: b.time ?? a.time,
    patterns: union(a.patterns, b.patterns, String),
    ...(agents.length ? { agents } : {}),
    ...(a.evidence?.length ? { evidence: a.evidence } : {}),
  };
  return { ...incoming, data: merged };
}

/** Turns the event stage's plan for one document into its stored writes. */
export function eventWrites(docId: string, planned: readonly PlannedEvent[]): CorpusWrite[] {
  const evidence: DocEventEvidence[] = [];
  const headers: CorpusItem[] = planned.map(({ event, evidence: given }) => {
    for (const e of given) if (e.docId === docId) evidence.push({ ...e, eventId: event.id });
    return { id: event.id, data: { ...event }, docIds: [docId] };
  });
  return [
    { kind: EVENT_KIND, items: headers, merge: mergeEventHeaders, links: 'add' },
    { kind: EVENT_EVIDENCE_KIND, items: [{ id: docId, data: evidence, docIds: [docId] }] },
  ];
}

/** Rows read at a time on loading, so that the stored rows are never all parsed at once. */
const PAGE = 5000;

/**
 * Every stored event's own row, without evidence: what matching a new document against them needs.
 * With more than `max` stored, the `max` whose latest report came last, oldest first, so that filing
 * them in turn leaves the index as a run that had held them all along would have it. Rows are read in
 * pages and the oldest dropped as they pass twice `max`, so loading holds at most that many headers.
 */
export async function loadEventHeaders(store: Store, max = Number.POSITIVE_INFINITY): Promise<EventHeader[]> {
  const rank = Number.isFinite(max) ? await documentOrder(store) : new Map<string, number>();
  let kept: { header: EventHeader; at: number }[] = [];
  const latest = () => kept.sort((x, y) => x.at - y.at).slice(-max);
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listCorpusItems<EventRow>(EVENT_KIND, { limit: PAGE, offset });
    for (const { data, docIds } of page) {
      const { evidence: _, ...header } = data;
      kept.push({ header, at: latestRank(rank, docIds ?? []) });
    }
    if (kept.length > 2 * max) kept = latest();
    if (page.length < PAGE) break;
  }
  // Under the cap the stored order stays as it is.
  return (kept.length > max ? latest() : kept).map((x) => x.header);
}

/** Every stored event with all its evidence, ordered by document and position. */
export async function loadEvents(store: Store): Promise<DossierEvent[]> {
  const byEvent = new Map<string, Evidence[]>();
  for (const row of await store.listCorpusItems<DocEventEvidence[]>(EVENT_EVIDENCE_KIND))
    for (const { eventId, ...e } of row.data) {
      const list = byEvent.get(eventId);
      if (list) list.push(e);
      else byEvent.set(eventId, [e]);
    }
  return (await store.listCorpusItems<EventRow>(EVENT_KIND)).map(({ data }) => ({
    ...data,
    evidence: union(data.evidence ?? [], byEvent.get(data.id) ?? [], evidenceKey).sort(
      (x, y) => x.docId.localeCompare(y.docId) || x.start - y.start,
    ),
  }));
}
