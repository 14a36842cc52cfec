import { describe, expect, it } from 'vitest';
import { applyCorpusWrite } from '../store/apply-corpus-write.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ClaimFacts } from './claim-facts.js';
import { loadHeldClaims } from './claim-loader.js';
import { claimWrites, loadStoredClaims } from './claim-store.js';
import type { ClaimMention, ClaimValue } from './claim-types.js';
import { features } from './held-claims.js';
import { StringPool } from './kept-wording.js';

const tonnes = (amount: number): ClaimValue => ({
  kind: 'QUANTITY',
  text: `${amount} t`,
  amount,
  currency: null,
  qualifier: null,
  unit: 't',
  noun: null,
});

/** Wording `k` of one claim in document `doc`: some repeat a wording, some give a figure or a year. */
function mention(doc: string, start: number, k: number): ClaimMention {
  return {
    docId: doc,
    start,
    end: start + 30,
    text: `wording ${k % 130}`,
    subject: null,
    predicate: k % 7 === 0 ? 'say' : 'supply',
    verb: null,
    object: null,
    entities: [{ id: `e-${k % 3}`, name: '', type: 'GPE' }],
    values: k % 5 === 0 ? [tonnes(100 + k)] : [],
    times: k % 11 === 0 ? [`${2000 + (k % 3)}-01`] : [],
    claimant: null,
    modality: 'asserted',
    cues: [],
    negated: k % 13 === 0,
    words: ['ship', 'sold', `w${k % 40}`, `v${k % 17}`],
    origin: `o:${k % 4}`,
    originName: '',
  };
}

const view = (f: ClaimFacts, found: Iterable<string>) => ({
  id: f.id,
  status: f.statusNow(),
  range: f.rangeNow(),
  wordings: f.wordings.map((w) => [w.docId, w.start, w.hashA, w.hashB, w.words, w.times, w.values]),
  features: [...new Set(found)].sort(),
});

describe('loadHeldClaims', () => {
  it('gathers, page by page, what ClaimFacts takes from the whole stored claim', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      // Over 100 distinct wordings across 300 documents, ids whose order differs by case (the store
      // lists them bytewise, readers by locale), the opening mention in a document listed late.
      const docs = Array.from({ length: 300 }, (_, i) => `${i % 2 ? 'B' : 'a'}${String(i).padStart(3, '0')}`);
      const order = [250, ...docs.keys()].filter((i, at) => at === 0 || i !== 250);
      for (const i of order) {
        const doc = docs[i]!;
        const own = [mention(doc, 10, i), mention(doc, 50, i + 57)];
        const opened = new Set(i === 250 ? ['c-one'] : []);
        for (const w of claimWrites(
          doc,
          own.map((m) => ({ ...m, claimId: 'c-one' })),
          opened,
        ))
          await applyCorpusWrite(store, w);
      }
      const single = { ...mention('a999', 5, 1), docId: 'a999' };
      for (const w of claimWrites('a999', [{ ...single, claimId: 'c-two' }], new Set(['c-two'])))
        await applyCorpusWrite(store, w);
      const pool = new StringPool();
      const whole = await loadStoredClaims(store);
      const loaded = (await loadHeldClaims(store, pool))!;
      expect(loaded.map((c) => c.facts.id)).toEqual(whole.map((c) => c.id));
      expect(loaded[0]!.facts.wordings).toHaveLength(100);
      for (const [i, c] of whole.entries())
        expect(view(loaded[i]!.facts, loaded[i]!.features)).toEqual(
          view(new ClaimFacts(c, pool), c.mentions.flatMap(features)),
        );
    } finally {
      await store.close();
    }
  });
});
