// Events and relations on the seed articles (read from ../shared at run time), ingested through the
// real pipeline into an in-memory SQLite store: the US capture of Maduro as one event with evidence
// from every seed that reports it, Russia's arms sales, the partnership agreement, Maduro's request,
// the Foreign Ministry's condemnation, and the undelivered weapons as a negated transfer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierEvent } from '../src/events/event.js';
import { listEvents, type Relation, relationsFrom } from '../src/events/event-listing.js';
import { ingestAll } from '../src/ingest/ingest.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { sharedPath } from './shared.js';

const dir = sharedPath('corpus', 'seeds');

describe.skipIf(!dir)('events on the seed articles', () => {
  let store: Store;
  let events: DossierEvent[];
  let relations: Relation[];
  /** Which seeds report the capture (by their own wording). */
  const files = dir
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  const reportsCapture = (text: string) =>
    /\b(captur\w*|ousted|ouster|removal)\b[^.]{0,60}\bMaduro|Maduro['’]s (capture|ouster|removal)|Maduro has been ousted/.test(
      text,
    ) && /January 3|2026/.test(text);

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    await ingestAll([dir as string], { store });
    events = await listEvents(store);
    relations = relationsFrom(events);
  }, 180_000);

  afterAll(async () => {
    await store?.close();
  });

  const docsOf = (e: DossierEvent) => new Set(e.evidence.map((x) => x.docId));
  const is = (p: { name: string } | null, re: RegExp) => !!p && re.test(p.name);

  it('merges the US capture of Maduro into one event with evidence from every seed reporting it', async () => {
    const capture = events.filter(
      (e) =>
        e.code === '17' &&
        e.modality === 'asserted' &&
        is(e.actor, /^United States$/) &&
        is(e.target, /Maduro/),
    );
    expect(capture).toHaveLength(1);
    const [e] = capture;
    expect(e.time).toBe('2026-01-03');
    const reporting = files.filter((f) => reportsCapture(readFileSync(join(dir as string, f), 'utf8')));
    expect(reporting.length).toBeGreaterThanOrEqual(4);
    expect(docsOf(e).size).toBe(reporting.length);
    // Actorless passives and nominals, the president acting for the state, and "US forces" all joined.
    expect(e.patterns.some((p) => p.endsWith(':passive'))).toBe(true);
    expect(e.patterns.some((p) => p.startsWith('noun:'))).toBe(true);
    expect(e.agents?.some((a) => /Trump/.test(a.name))).toBe(true);
    // No second asserted capture of Maduro by anyone with a compatible date.
    const others = events.filter(
      (x) =>
        x !== e &&
        x.code === '17' &&
        x.modality === 'asserted' &&
        is(x.target, /Maduro/) &&
        x.time?.startsWith('2026'),
    );
    expect(others).toEqual([]);
  });

  it("relates Russia's arms sales to Venezuela as material cooperation from 1999 on", () => {
    const r = relations.find(
      (x) => x.source.name === 'Russia' && x.target.name === 'Venezuela' && x.sub === 'arms-transfer',
    );
    expect(r?.type).toBe('material-cooperation');
    expect(r?.from?.startsWith('1999')).toBe(true);
    expect(new Set(r?.evidence.map((x) => x.docId)).size).toBeGreaterThanOrEqual(2);
  });

  it('finds the Russia–Venezuela strategic partnership agreement', () => {
    const e = events.find(
      (x) =>
        x.code === '05' &&
        x.modality === 'asserted' &&
        [x.actor?.name, x.target?.name].sort().join('+') === 'Russia+Venezuela' &&
        x.evidence.some((v) => /partnership agreement/.test(v.text)),
    );
    expect(e).toBeDefined();
  });

  it("finds Maduro's request to Putin for air-defence help", () => {
    const e = events.find(
      (x) =>
        x.code === '02' &&
        is(x.actor, /Maduro/) &&
        is(x.target, /^(Vladimir Putin|Russia)$/) &&
        x.evidence.some((v) => /air defen[cs]es?/.test(v.text)),
    );
    expect(e).toBeDefined();
  });

  it("finds the Foreign Ministry's condemnation of the United States", () => {
    const e = events.find(
      (x) => x.code === '11' && is(x.actor, /Foreign Ministry|^Russia$/) && is(x.target, /^United States$/),
    );
    expect(e?.modality).toBe('asserted');
    expect(relations.some((r) => r.type === 'disapprove' && r.target.name === 'United States')).toBe(true);
  });

  it('reads "none were delivered" as a negated transfer, not a transfer', () => {
    const at = (x: DossierEvent) => x.evidence.some((v) => /^None were delivered/.test(v.text));
    const found = events.filter((x) => x.code === '06' && at(x));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((x) => x.modality === 'negated')).toBe(true);
    // The negated transfer answers the request: from Russia to Maduro, and it makes no relation edge.
    expect(found.some((x) => is(x.actor, /^Russia$/) && is(x.target, /Maduro/))).toBe(true);
    expect(relations.some((r) => r.evidence.some((v) => /^None were delivered/.test(v.text)))).toBe(false);
  });

  it('makes no self-loops', () => {
    expect(events.filter((e) => e.actor && e.target && e.actor.entityId === e.target.entityId)).toEqual([]);
    expect(relations.filter((r) => r.source.entityId === r.target.entityId)).toEqual([]);
  });
});
