import { afterEach, describe, expect, it } from 'vitest';
import { listClaims } from '../../claims/claim-listing.js';
import { listEvents } from '../../events/event-listing.js';
import { listEntities } from '../../resolve/entity-listing.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { listStories } from '../../stories/story-listing.js';
import { loadTimeline } from '../../time/timeline-store.js';
import { scanQuotes } from '../quote-scan.js';
import { fillBenchStore } from './bench-store.js';
import { syntheticArticles } from './synthetic-docs.js';

describe('the load test corpus', () => {
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  it('places every recorded fact where its text is', () => {
    for (const { doc, facts } of syntheticArticles(30)) {
      for (const a of facts.actors) expect(doc.text.slice(a.start, a.end)).toBe(a.actor.name);
      expect(doc.text.slice(facts.event.start, facts.event.end)).toMatch(
        new RegExp(`^${facts.event.actor.name} ${facts.event.verb.verb} ${facts.event.target.name}$`),
      );
      for (const c of facts.claims)
        expect(doc.text.slice(c.start, c.end)).toMatch(/ moved \d+ units to the /);
    }
    const again = [...syntheticArticles(5)].map((a) => a.doc.text);
    expect([...syntheticArticles(5)].map((a) => a.doc.text)).toEqual(again);
  });

  it('is read by every stage listing the API serves (the stages’ stored shapes)', async () => {
    store = await openSqliteStore(':memory:');
    expect(await fillBenchStore(store, 120, () => undefined)).toBe('built');
    expect(await fillBenchStore(store, 120, () => undefined)).toBe('reused');
    expect(await store.countDocuments()).toBe(120);
    const entities = await listEntities(store);
    expect(entities.length).toBeGreaterThan(20);
    expect(entities[0]!.mentions).toBeGreaterThan(entities.at(-1)!.mentions);
    const events = await listEvents(store);
    expect(events.length).toBeGreaterThan(50);
    expect(events[0]!.evidence[0]!.text).toContain(events[0]!.actor!.name);
    const claims = await listClaims(store);
    expect(claims.length).toBeGreaterThan(20);
    expect(claims.some((c) => c.status === 'corroborated')).toBe(true);
    expect((await listStories(store)).length).toBeGreaterThan(3);
    expect((await loadTimeline(store)).length).toBeGreaterThan(50);
    const quotes = await scanQuotes(store);
    expect(quotes).toHaveLength(120);
    expect(quotes[0]!.speaker?.name).toBeTruthy();
  });
});
