// The timeline, events, claims, stories and quotes as the API lists them, each built once per store change
// (listing-cache.ts) through its stage's own listing function, with lookup maps for the filters the routes
// take. A filtered view is the listing's items in the listing's order, exactly as the stage's filter keeps them.

import { listClaims, type StatusFilter } from '../claims/claim-listing.js';
import type { ClaimView } from '../claims/claim-status.js';
import type { DossierEvent } from '../events/event.js';
import { listEvents } from '../events/event-listing.js';
import { loadEntities } from '../resolve/entity-listing.js';
import type { DocSummary, Store } from '../store/store.js';
import type { StoryListing } from '../stories/story-listing.js';
import { listStories } from '../stories/story-listing.js';
import { filterTimeline, type TimelineFilter } from '../time/timeline.js';
import { loadTimeline } from '../time/timeline-store.js';
import type { TimelineItem } from '../time/timeline-types.js';
import type { CountKeyed } from './count-keyed.js';
import { type Listing, listingCache } from './listing-cache.js';
import { type QuoteRow, scanQuotes } from './quote-scan.js';
import { type LaneFields, withLanes } from './timeline-lanes.js';

export interface Shown<T> {
  all: readonly T[];
  shown: readonly T[];
}

type Laned = TimelineItem & LaneFields;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const viewKey = (q: Record<string, unknown>) => JSON.stringify(q);

function timelineView(l: Listing<Laned>, q: TimelineFilter): readonly Laned[] {
  if (!q.from && !q.to && !q.entity) return l.all;
  return l.view(viewKey({ from: q.from, to: q.to, entity: q.entity }), () => {
    // The actor map narrows; the stage's own filter decides (it re-checks the few items left).
    const want = q.entity ? fold(q.entity) : null;
    const actors = l.index('actor', (i) => i.actors.map(fold));
    const narrowed = l.at(want === null ? null : l.matching(actors, (k) => k.includes(want)));
    return filterTimeline(narrowed, q) as Laned[];
  });
}

interface EventQuery {
  type?: string;
  entity?: string;
  modality?: string;
}

/** listEvents' filters: type or code, modality, and an entity as actor or target (its id, or part of its name). */
function eventsView(l: Listing<DossierEvent>, q: EventQuery): readonly DossierEvent[] {
  if (!q.type && !q.entity && !q.modality) return l.all;
  return l.view(viewKey({ type: q.type, entity: q.entity, modality: q.modality }), () => {
    const parties = (e: DossierEvent) => [e.actor, e.target].filter((p) => p !== null);
    const want = q.entity?.toLowerCase();
    const byEntity = want
      ? l.union(
          l.index('party-id', (e) => parties(e).map((p) => p.entityId)).get(want) ?? [],
          l.matching(
            l.index('party-name', (e) => parties(e).map((p) => p.name.toLowerCase())),
            (k) => k.includes(want),
          ),
        )
      : null;
    return l.at(
      q.type ? (l.index('type', (e) => [e.type, e.code]).get(q.type) ?? []) : null,
      q.modality ? (l.index('modality', (e) => [e.modality]).get(q.modality) ?? []) : null,
      byEntity,
    );
  });
}

const STATUS: Record<StatusFilter, ClaimView['status']> = {
  corroborated: 'corroborated',
  contradicted: 'contradicted',
  single: 'single-source',
  'single-source': 'single-source',
};

function claimsView(l: Listing<ClaimView>, q: { status?: StatusFilter; doc?: string }): readonly ClaimView[] {
  if (!q.status && !q.doc) return l.all;
  return l.view(viewKey({ status: q.status, doc: q.doc }), () =>
    l.at(
      q.status ? (l.index('status', (c) => [c.status]).get(STATUS[q.status]) ?? []) : null,
      q.doc ? (l.index('doc', (c) => c.evidence.map((e) => e.docId)).get(q.doc) ?? []) : null,
    ),
  );
}

function quotesView(l: Listing<QuoteRow>, q: { speaker?: string; doc?: string }): readonly QuoteRow[] {
  const who = q.speaker?.toLowerCase();
  if (!who && !q.doc) return l.all;
  return l.view(viewKey({ who, doc: q.doc }), () =>
    l.at(
      who
        ? l.matching(
            l.index('speaker', (r) => (r.speaker ? [r.speaker.name.toLowerCase()] : [])),
            (k) => k.includes(who),
          )
        : null,
      q.doc ? (l.index('doc', (r) => [r.docId]).get(q.doc) ?? []) : null,
    ),
  );
}

export function knowledgeCache(store: Store, summaries: CountKeyed<DocSummary[]>) {
  const timeline = listingCache(store, async () => {
    // Lanes are resolved once per listing: entities and summaries are read once per change, not per request.
    const [items, { entities }, docs] = await Promise.all([
      loadTimeline(store),
      loadEntities(store),
      summaries.get(),
    ]);
    return withLanes(items, entities, docs);
  });
  const events = listingCache(store, () => listEvents(store));
  const claims = listingCache(store, () => listClaims(store));
  const stories = listingCache<StoryListing>(store, () => listStories(store));
  const quotes = listingCache(store, () => scanQuotes(store));
  // A page's body is serialized once per listing, under the whole query (filters and page).
  const answer =
    <T, Q extends object>(load: () => Promise<Listing<T>>, view: (l: Listing<T>, q: Q) => readonly T[]) =>
    async (q: Q, render: (s: Shown<T>) => unknown): Promise<string> => {
      const l = await load();
      return l.body(JSON.stringify(q), () => render({ all: l.all, shown: view(l, q) }));
    };
  return {
    timeline: answer(timeline, timelineView),
    events: answer(events, eventsView),
    claims: answer(claims, claimsView),
    stories: answer(stories, (l) => l.all),
    quotes: answer(quotes, quotesView),
  };
}
