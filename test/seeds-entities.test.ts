// Entity resolution and quote attribution across the seed articles, through the real pipeline.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestAll } from '../src/ingest/ingest.js';
import { listQuotes } from '../src/quotes/quote-listing.js';
import { type EntityRow, listEntities } from '../src/resolve/entity-listing.js';
import { surnameKey } from '../src/resolve/name-key.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { sharedPath } from './shared.js';

const seeds = sharedPath('corpus', 'seeds');

describe.skipIf(!seeds)('entities and quotes on the seeds', () => {
  let store: Store;
  let people: EntityRow[];
  let all: EntityRow[];

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    const outcomes = await ingestAll([seeds!], { store });
    expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(readdirSync(seeds!).length);
    all = await listEntities(store);
    people = all.filter((e) => e.type === 'PERSON');
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
});
