// Events as stored: one small row per event (class, participants, time, place, patterns), linked to
// every document that reports it, and one row per document holding the evidence sentences it gave.
// Writing a document touches its own evidence row and the headers of the events it reports, so an
// event reported by thousands of articles is never rewritten with all their evidence; concurrent
// writers' views of one event are merged under the row lock, not overwritten.
import type { Evidence } from '../resolve/entity.js';
import type { CorpusItem, CorpusWrite, Store } from '../store/store.js';
import type { DossierEvent, Participant } from './event.js';

export const EVENT_KIND = 'event';
export const EVENT_EVIDENCE_KIND = 'event-evidence';

/** An event's own row; rows written before evidence moved out (or by tools) may still carry it. */
type EventHeader = Omit<DossierEvent, 'evidence'> & { evidence?: Evidence[] };

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
  const a = stored.data as EventHeader;
  const b = incoming.data as EventHeader;
  const byEntity = (p: Participant) => p.entityId;
  const agents = union(a.agents ?? [], b.agents ?? [], byEntity);
  const merged: EventHeader = {
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
export function eventWrites(docId: string, planned: CorpusWrite): CorpusWrite[] {
  const evidence: DocEventEvidence[] = [];
  const headers = planned.items.map((item) => {
    const { evidence: all, ...header } = item.data as DossierEvent;
    for (const e of all) if (e.docId === docId) evidence.push({ ...e, eventId: item.id });
    return { id: item.id, data: header, docIds: [docId] };
  });
  return [
    { kind: EVENT_KIND, items: headers, merge: mergeEventHeaders, links: 'add' },
    { kind: EVENT_EVIDENCE_KIND, items: [{ id: docId, data: evidence, docIds: [docId] }] },
  ];
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
  return (await store.listCorpusItems<EventHeader>(EVENT_KIND)).map(({ data }) => ({
    ...data,
    evidence: union(data.evidence ?? [], byEvent.get(data.id) ?? [], evidenceKey).sort(
      (x, y) => x.docId.localeCompare(y.docId) || x.start - y.start,
    ),
  }));
}
