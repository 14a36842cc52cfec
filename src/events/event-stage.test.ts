// The corpus event stage on hand-built documents: who participants stand for, merging one act's
// reports, answering requests, and no edges from a side to itself.
import { describe, expect, it } from 'vitest';
import { type Doc, emptyMeta, type Span } from '../doc/index.js';
import type { Entity } from '../resolve/entity.js';
import { entityId } from '../resolve/entity-index.js';
import { contentHash, docIdFor } from '../store/content-hash.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { DossierEvent } from './event.js';
import { relationsFrom } from './event-listing.js';
import { EventStage, extractDocEvents } from './event-stage.js';
import { EVENT_EVIDENCE_KIND, eventWrites, loadEvents } from './event-store.js';

const ru = entityId('country:RU');
const us = entityId('country:US');
const ve = entityId('country:VE');

function entity(id: string, name: string, type: string, extra: Partial<Entity> = {}): Entity {
  return { id, name, type, aliases: [], roles: [], mentions: {}, merges: [], ...extra };
}

const entities = new Map<string, Entity>(
  [
    entity(ru, 'Russia', 'GPE', { country: 'RU' }),
    entity(us, 'United States', 'GPE', { country: 'US' }),
    entity(ve, 'Venezuela', 'GPE', { country: 'VE' }),
    entity('moscow', 'Moscow', 'GPE'),
    entity('american', 'American', 'NORP', { country: 'US' }),
    entity('lopez', 'Ana Lopez', 'PERSON'),
    entity('baker', 'Tom Baker', 'PERSON', {
      roles: [{ text: 'US President', evidence: { docId: 'x', start: 0, end: 0, text: '' } }],
    }),
  ].map((e) => [e.id, e]),
);

/** A document with one sentence per line and the given names linked to entities. */
function doc(text: string, links: Array<[string, string, string]>): { doc: Doc; links: Span[] } {
  const spans: Span[] = [];
  let from = 0;
  for (const [surface, label, id] of links) {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    spans.push({
      start,
      end: start + surface.length,
      label,
      prov: { component: 'test' },
      attrs: { entityId: id },
    });
  }
  const sentences: Span[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    sentences.push({ start: at, end: at + line.length, label: 'sentence', prov: { component: 'test' } });
    at += line.length + 1;
  }
  const d: Doc = {
    text,
    meta: emptyMeta(),
    removed: [],
    layers: { sentences },
    raw: { source: 't', bytes: new Uint8Array(), sha256: '', fetchedAt: '', contentType: null },
  };
  return { doc: d, links: spans };
}

function plan(stage: EventStage, id: string, text: string, links: Array<[string, string, string]>) {
  const d = doc(text, links);
  return stage.plan(extractDocEvents(id, d.doc, d.links, entities));
}

/** The events one document reports, each with this document's evidence. */
function ingest(stage: EventStage, id: string, text: string, links: Array<[string, string, string]>) {
  return plan(stage, id, text, links).map(({ event, evidence }): DossierEvent => ({ ...event, evidence }));
}

async function emptyStage(maxEvents?: number): Promise<EventStage> {
  const store = await openSqliteStore(':memory:');
  const stage = await EventStage.load(store, { maxEvents });
  await store.close();
  return stage;
}

describe('event stage', () => {
  it('reads a seat of government and a nationality as their countries', () => {
    const d = doc('Moscow condemned American strikes.', [
      ['Moscow', 'GPE', 'moscow'],
      ['American', 'NORP', 'american'],
    ]);
    const [m] = extractDocEvents('a', d.doc, d.links, entities);
    expect(m).toMatchObject({ code: '11', actor: { entityId: ru }, target: { entityId: us } });
  });

  it('has a head of state act as the state in coercion, but not in requests', () => {
    const d = doc('Tom Baker seized Ana Lopez.\nTom Baker asked Russia for help.', [
      ['Tom Baker', 'PERSON', 'baker'],
      ['Ana Lopez', 'PERSON', 'lopez'],
      ['Tom Baker', 'PERSON', 'baker'],
      ['Russia', 'GPE', ru],
    ]);
    const ms = extractDocEvents('a', d.doc, d.links, entities);
    expect(ms.find((m) => m.code === '17')?.actor?.entityId).toBe(us);
    expect(ms.find((m) => m.code === '02')?.actor?.entityId).toBe('baker');
  });

  it('merges a person, the state and an agentless passive into one act', async () => {
    const stage = await emptyStage();
    ingest(stage, 'a', 'Ana Lopez was seized in a raid.', [['Ana Lopez', 'PERSON', 'lopez']]);
    // An unknown person (no role yet) doing the state act, then the state itself.
    entities.set('smith', entity('smith', 'Jo Smith', 'PERSON'));
    ingest(stage, 'b', 'Jo Smith seized Ana Lopez.', [
      ['Jo Smith', 'PERSON', 'smith'],
      ['Ana Lopez', 'PERSON', 'lopez'],
    ]);
    const [e] = ingest(stage, 'c', 'The United States seized Ana Lopez.', [
      ['United States', 'GPE', us],
      ['Ana Lopez', 'PERSON', 'lopez'],
    ]);
    expect(e.actor?.entityId).toBe(us);
    expect(e.agents?.map((a) => a.entityId)).toEqual(['smith']);
    expect(e.evidence.map((x) => x.docId)).toEqual(['c']);
  });

  it('stores one event with each document’s evidence, and a reloaded stage merges into it', async () => {
    const store = await openSqliteStore(':memory:');
    const lopez: Array<[string, string, string]> = [['Ana Lopez', 'PERSON', 'lopez']];
    const texts = [
      'Ana Lopez was seized in a raid.',
      'Ana Lopez was seized at dawn.',
      'Ana Lopez was seized.',
    ];
    const write = async (stage: EventStage, id: string, text: string) => {
      for (const w of eventWrites(id, plan(stage, id, text, lopez))) {
        if (w.merge) await store.mergeCorpusItems(w.kind, w.items, w.merge, w.links);
        else await store.putCorpusItems(w.kind, w.items);
      }
    };
    const first = await EventStage.load(store);
    await write(first, 'a', texts[0]);
    await write(first, 'b', texts[1]);
    await write(await EventStage.load(store), 'c', texts[2]);
    const events = await loadEvents(store);
    expect(events).toHaveLength(1);
    expect(events[0].evidence.map((x) => x.docId)).toEqual(['a', 'b', 'c']);
    const evidenceRows = await store.listCorpusItems<unknown[]>(EVENT_EVIDENCE_KIND);
    expect(evidenceRows.map((r) => r.data.length)).toEqual([1, 1, 1]);
    await store.close();
  });

  it('reads a transfer naming no one, just after a request, as its answer, and negation carries', () => {
    const d = doc('Ana Lopez asked Russia for missiles.\nNone were delivered.', [
      ['Ana Lopez', 'PERSON', 'lopez'],
      ['Russia', 'GPE', ru],
    ]);
    const ms = extractDocEvents('a', d.doc, d.links, entities);
    const transfer = ms.find((m) => m.code === '06');
    expect(transfer).toMatchObject({
      modality: 'negated',
      actor: { entityId: ru },
      target: { entityId: 'lopez' },
    });
  });

  it('does not fill a transfer in a sentence that names someone, nor far from a request', () => {
    const d = doc('Ana Lopez asked Russia for missiles.\nOne.\nTwo.\nNone were delivered.', [
      ['Ana Lopez', 'PERSON', 'lopez'],
      ['Russia', 'GPE', ru],
    ]);
    expect(extractDocEvents('a', d.doc, d.links, entities).some((m) => m.code === '06')).toBe(false);
  });

  it('makes no edge between a head of state and their own state', async () => {
    const stage = await emptyStage();
    const events = ingest(stage, 'a', 'Tom Baker condemned the United States.', [
      ['Tom Baker', 'PERSON', 'baker'],
      ['United States', 'GPE', us],
    ]);
    expect(events.every((e) => e.target === null)).toBe(true);
    expect(relationsFrom(events)).toEqual([]);
  });

  it('holds at most its cap: a recent event still merges, an evicted one opens a new event', async () => {
    const stage = await emptyStage(2);
    const seized = (id: string, who: string, name: string) =>
      ingest(stage, id, `${name} was seized.`, [[name, 'PERSON', who]]);
    entities.set('ines', entity('ines', 'Ines Duarte', 'PERSON'));
    entities.set('omar', entity('omar', 'Omar Said', 'PERSON'));
    const [lopez] = seized('a', 'lopez', 'Ana Lopez');
    const [ines] = seized('b', 'ines', 'Ines Duarte');
    const [omar] = seized('c', 'omar', 'Omar Said');
    expect(stage.held).toBe(2);
    expect(seized('d', 'omar', 'Omar Said')[0].id).toBe(omar.id);
    expect(seized('e', 'ines', 'Ines Duarte')[0].id).toBe(ines.id);
    expect(seized('f', 'lopez', 'Ana Lopez')[0].id).not.toBe(lopez.id);
    expect(stage.held).toBe(2);
  });

  it.each([
    ['lopez', 'ines', 'baker'],
    ['baker', 'ines', 'lopez'],
  ])(
    'over its cap on loading, keeps the events the latest documents reported (%s, %s, then %s)',
    async (...order) => {
      const store = await openSqliteStore(':memory:');
      try {
        entities.set('ines', entity('ines', 'Ines Duarte', 'PERSON'));
        const names = order.map((who) => [who, entities.get(who)!.name]);
        const ids: string[] = [];
        for (const [who, name] of names) {
          const d = doc(`${name} was seized.`, [[name, 'PERSON', who]]);
          const id = docIdFor(contentHash(d.doc.text));
          const planned = (await EventStage.load(store)).plan(extractDocEvents(id, d.doc, d.links, entities));
          ids.push(planned[0].event.id);
          await store.addDocument(d.doc, { corpus: eventWrites(id, planned) });
        }
        const stage = await EventStage.load(store, { maxEvents: 1 });
        expect(stage.held).toBe(1);
        const [who, name] = names[2];
        expect(ingest(stage, 'x', `${name} was seized.`, [[name, 'PERSON', who]])[0].id).toBe(ids[2]);
      } finally {
        await store.close();
      }
    },
  );
});
