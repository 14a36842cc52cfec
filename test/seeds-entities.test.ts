// Entity resolution and quote attribution across the seed articles, through the real pipeline.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestAll } from '../src/ingest/ingest.js';
import { listQuotes } from '../src/quotes/quote-listing.js';
import type { Entity } from '../src/resolve/entity.js';
import { type EntityRow, listEntities, loadEntities } from '../src/resolve/entity-listing.js';
import { LINKS_LAYER } from '../src/resolve/entity-stage.js';
import { surnameKey } from '../src/resolve/name-key.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { sharedPath } from './shared.js';

const seeds = sharedPath('corpus', 'seeds');

describe.skipIf(!seeds)('entities and quotes on the seeds', () => {
  let store: Store;
  let people: EntityRow[];
  let all: EntityRow[];
  let entities: Entity[];
  /** Every entity link in every document, with its surface text and the rule that made it. */
  let links: Array<{ docId: string; text: string; entityId: string; rule: string; start: number }>;
  const person = (part: string) => entities.find((e) => e.type === 'PERSON' && e.name.includes(part))!;
  const coref = () => links.filter((l) => l.rule.startsWith('coref'));

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    const outcomes = await ingestAll([seeds!], { store });
    expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(readdirSync(seeds!).length);
    all = await listEntities(store);
    people = all.filter((e) => e.type === 'PERSON');
    entities = (await loadEntities(store)).entities;
    links = [];
    for (const docId of new Set(entities.flatMap((e) => Object.keys(e.mentions)))) {
      const doc = (await store.getDocument(docId))!;
      for (const s of doc.layers[LINKS_LAYER] ?? [])
        links.push({
          docId,
          text: doc.text.slice(s.start, s.end),
          entityId: String(s.attrs?.entityId),
          rule: String(s.prov.rule ?? ''),
          start: s.start,
        });
    }
  });
  afterAll(() => store.close());

  it('lists each person once, however the articles spell them', () => {
    const surnames = people.filter((p) => p.name.includes(' ')).map((p) => surnameKey(p.name));
    expect(surnames.length).toBe(new Set(surnames).size);
    const maduro = people.filter((p) => /maduro/i.test(p.name));
    expect(maduro).toHaveLength(1);
    expect(maduro[0].aliases).toEqual(expect.arrayContaining(['Maduro', 'Nicolas Maduro']));
    expect(maduro[0].docs.length).toBe(5);
    expect(people.filter((p) => /guaid/i.test(p.name))).toHaveLength(1);
  });

  it("resolves the Kremlin and Moscow acting to Russia's government", () => {
    const russia = all.find((e) => e.type === 'GPE' && e.name === 'Russia')!;
    expect(russia.aliases).toEqual(expect.arrayContaining(['Kremlin', 'Moscow']));
  });

  it('gives every direct quote a speaker with a full canonical name', async () => {
    const direct = (await listQuotes(store)).filter((q) => q.direct);
    expect(direct.length).toBeGreaterThan(5);
    for (const q of direct) {
      expect(q.speaker?.id, q.text).toBeTruthy();
      expect(q.speaker!.name.split(' ').length, q.text).toBeGreaterThanOrEqual(2);
    }
    const galeotti = await listQuotes(store, { speaker: 'Galeotti' });
    expect(galeotti.filter((q) => q.direct).length).toBeGreaterThanOrEqual(3);
  });

  it('attributes the Foreign Ministry condemnation to the ministry', async () => {
    const byMinistry = (await listQuotes(store, { speaker: 'Foreign Ministry' })).filter((q) =>
      /condemn|denounc/i.test(q.cue ?? ''),
    );
    expect(byMinistry.length).toBeGreaterThan(0);
  });

  it('counts a role noun naming the Russian leader as a mention of Putin, with its reason', () => {
    const putin = person('Putin');
    const byRole = coref().filter((l) => l.entityId === putin.id && /leader/i.test(l.text));
    expect(byRole.length).toBeGreaterThan(0);
    expect(byRole[0].rule).toMatch(/role noun .*Russian President/);
    // mention counts are the links: names and references alike
    for (const [docId, n] of Object.entries(putin.mentions))
      expect(links.filter((l) => l.docId === docId && l.entityId === putin.id)).toHaveLength(n);
    const named = links.filter((l) => l.entityId === putin.id && /Putin/.test(l.text)).length;
    expect(Object.values(putin.mentions).reduce((a, b) => a + b, 0)).toBeGreaterThan(named);
  });

  it("sends the analyst's surname-only mentions and a later attribution pronoun to the full name", () => {
    const galeotti = person('Galeotti');
    expect(galeotti.name).toBe('Mark Galeotti');
    const surname = links.filter((l) => l.text === 'Galeotti');
    expect(surname.length).toBeGreaterThan(0);
    for (const l of surname) expect(l.entityId).toBe(galeotti.id);
    expect(coref().some((l) => l.entityId === galeotti.id && l.text === 'he')).toBe(true);
    const trump = person('Trump');
    expect(coref().some((l) => l.entityId === trump.id && /president/i.test(l.text))).toBe(true);
  });

  it('links each reference to an entity of a fitting type, never a pronoun to the other gender', () => {
    const byId = new Map(entities.map((e) => [e.id, e]));
    const found = coref();
    expect(found.length).toBeGreaterThan(4);
    for (const l of found) {
      const e = byId.get(l.entityId)!;
      if (/^(?:he|she)$/i.test(l.text)) expect(e.type, l.text).toBe('PERSON');
      if (/government|regime|administration/i.test(l.text)) expect(e.type, l.text).toBe('GPE');
    }
    // no pronoun goes to a woman as "he" or to a man as "she"
    const zakharova = person('Zakharova');
    expect(found.some((l) => l.entityId === zakharova.id && l.text.toLowerCase() === 'he')).toBe(false);
  });

  it('shows the roles the texts give each person, with evidence in the text', async () => {
    const roles = (part: string) => person(part).roles;
    expect(roles('Zakharova').map((r) => r.text)).toContain('Russian Foreign Ministry Spokeswoman');
    expect(roles('Ignatov').map((r) => r.text)).toContain('senior Russia analyst at the Crisis Group');
    expect(roles('Rouvinski').map((r) => r.text)).toContain('Colombia-based analyst');
    expect(roles('Galeotti').map((r) => r.text)).toEqual(expect.arrayContaining(['an author']));
    expect(roles('Putin').map((r) => r.text)).toContain('Russian President');
    for (const e of entities)
      for (const r of e.roles) {
        const doc = (await store.getDocument(r.evidence.docId))!;
        expect(doc.text.slice(r.evidence.start, r.evidence.end)).toBe(r.text);
      }
    const rows = await listEntities(store, { type: 'person' });
    expect(rows.find((r) => r.name === 'Maria Zakharova')!.roles).toContain(
      'Russian Foreign Ministry Spokeswoman',
    );
  });

  it("reads a country's government named by a nationality as that country", () => {
    const venezuela = entities.find((e) => e.type === 'GPE' && e.country === 'VE')!;
    expect(coref().some((l) => l.entityId === venezuela.id && /government/i.test(l.text))).toBe(true);
  });
});
