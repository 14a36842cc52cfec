import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../clean/clean-article.js';
import type { Doc } from '../doc/index.js';
import { analyzeDoc } from '../pipeline/analyze.js';
import { contentHash, docIdFor } from '../store/content-hash.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ReprintIndex } from '../stories/index.js';
import { ClaimStage } from './claim-stage.js';
import { viewClaim } from './claim-status.js';
import { loadStoredClaims } from './claim-store.js';
import {
  CLAIM_CHANGES_KIND,
  CLAIM_DOCS_KIND,
  CLAIM_MENTIONS_KIND,
  CLAIMS_KIND,
  type ClaimChanges,
  type ClaimDoc,
  type DocClaimMention,
} from './claim-types.js';

function analysed(text: string, outlet: string | null): Doc {
  const bytes = new TextEncoder().encode(text);
  const raw = {
    source: 'test.txt',
    bytes,
    sha256: '',
    fetchedAt: '2030-01-01T00:00:00Z',
    contentType: 'text/plain',
  };
  const doc = analyzeDoc(cleanArticle({ raw, html: null, text, hints: {} }));
  return { ...doc, meta: { ...doc.meta, outlet } };
}

const A = [
  'Portugal has bought more than $4 billion in warships and patrol aircraft from France since 2010, officials in Lisbon said.',
  '',
  'Opposition lawmakers in Lisbon criticised the cost of the programme and demanded an audit by the court of auditors.',
  '',
  'The navy plans to retire its oldest frigates from the fleet based in Lisbon next spring.',
].join('\n');
const B =
  'Since 2010, France has sold Portugal over $4 billion worth of warships and maritime patrol planes, a defence analyst in Madrid said.';

describe('ClaimStage', () => {
  it('adds each document’s claims incrementally, across a restart, touching only the claims it matches', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const a = analysed(A, 'Lisbon Daily');
      await store.addDocument(a, { corpus: (await ClaimStage.load(store)).plan('a', a) });
      const before = await loadStoredClaims(store);
      expect(before.length).toBeGreaterThanOrEqual(2);

      // A new process: the stage reloads claims and signatures from the store.
      const b = analysed(B, 'Madrid Herald');
      const writes = (await ClaimStage.load(store)).plan('b', b);
      // Only this document's row holds its mentions; the claims it touches just gain a link to it.
      const claimWrite = writes.find((w) => w.kind === CLAIMS_KIND)!;
      expect(claimWrite.items.every((i) => i.docIds?.join() === 'b')).toBe(true);
      const own = writes.find((w) => w.kind === CLAIM_MENTIONS_KIND)!;
      expect(own.items.map((i) => i.id)).toEqual(['b']);
      expect((own.items[0]!.data as DocClaimMention[]).every((m) => m.docId === 'b')).toBe(true);
      await store.addDocument(b, { corpus: writes });

      const changes = (await store.getCorpusItem<ClaimChanges>(CLAIM_CHANGES_KIND, 'b'))!.data;
      expect(changes.corroborated).toHaveLength(1);
      const [fleet] = await loadStoredClaims(store, { ids: changes.corroborated });
      expect(fleet!.mentions.map((m) => m.docId).sort()).toEqual(['a', 'b']);
      const view = viewClaim(fleet!);
      expect(view.status).toBe('corroborated');
      expect(view.origins).toHaveLength(2);
      expect(view.origins.flatMap((o) => o.docs).sort()).toEqual(['a', 'b']);
      expect(view.value).toBe('more than $4 billion');
    } finally {
      await store.close();
    }
  });

  it('gives a near-duplicate copy the origin of the article it copies', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const stage = await ClaimStage.load(store);
      const a = analysed(A, 'Lisbon Daily');
      await store.addDocument(a, { corpus: stage.plan('a', a) });
      const copy = analysed(
        `${A}\n\nShared by a reader at https://aggregator.example.org/item/77`,
        'Aggregator',
      );
      await store.addDocument(copy, { corpus: stage.plan('copy', copy) });
      const changes = (await store.getCorpusItem<ClaimChanges>(CLAIM_CHANGES_KIND, 'copy'))!.data;
      expect(changes.reprintOf).toBe('a');
      expect(changes.corroborated).toEqual([]);
      for (const c of await loadStoredClaims(store)) expect(viewClaim(c).origins.length).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('within a tiny budget, still matches the claims it holds and opens a new claim for one let go', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const stage = await ClaimStage.load(store, { maxWordings: 1 });
      const a = analysed(A, 'Lisbon Daily');
      await store.addDocument(a, { corpus: stage.plan('a', a) });
      // A's other claims came after its first: only the last one touched is held.
      expect(stage.holding.claims).toBe(1);
      const b = analysed(B, 'Madrid Herald');
      await store.addDocument(b, { corpus: stage.plan('b', b) });
      const onB = (await store.getCorpusItem<ClaimChanges>(CLAIM_CHANGES_KIND, 'b'))!.data;
      expect(onB.corroborated).toEqual([]);
      expect(onB.newClaims).toHaveLength(1);
      // B's claim is now the one held: a third outlet saying it again corroborates it.
      const c = analysed(A.split('\n')[0]!, 'Porto Times');
      await store.addDocument(c, { corpus: stage.plan('c', c) });
      const onC = (await store.getCorpusItem<ClaimChanges>(CLAIM_CHANGES_KIND, 'c'))!.data;
      expect(onC.corroborated).toEqual(onB.newClaims);
      expect(stage.holding).toMatchObject({ claims: 1, wordings: 2 });
    } finally {
      await store.close();
    }
  });

  it('loaded without fingerprints, asks for the story stage’s instead of guessing an origin', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const stage = await ClaimStage.load(store, { reprints: false });
      const a = analysed(A, 'Lisbon Daily');
      expect(() => stage.plan('a', a)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
      const fingerprint = new ReprintIndex().register('a', a);
      const writes = stage.plan('a', a, fingerprint);
      const record = writes.find((w) => w.kind === CLAIM_DOCS_KIND)!.items[0]!.data as ClaimDoc;
      expect(record.origin).toBe(fingerprint.origin.key);
    } finally {
      await store.close();
    }
  });

  it('over its budget on loading, keeps the claims touched by the latest documents', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const add = async (doc: Doc) => {
        const id = docIdFor(contentHash(doc.text));
        await store.addDocument(doc, { corpus: (await ClaimStage.load(store)).plan(id, doc) });
        return id;
      };
      await add(analysed(A, 'Lisbon Daily'));
      const b = await add(analysed(B, 'Madrid Herald'));
      const [fleet] = (await store.getCorpusItem<ClaimChanges>(CLAIM_CHANGES_KIND, b))!.data.corroborated;
      const stage = await ClaimStage.load(store, { maxWordings: 1 });
      expect(stage.holding.claims).toBe(1);
      // The one held is the claim B repeated, not one only A made: a third outlet matches it.
      const c = analysed(`${A.split('\n')[0]!} Analysts agreed.`, 'Porto Times');
      const writes = stage.plan('c', c);
      const changes = writes.find((w) => w.kind === CLAIM_CHANGES_KIND)!.items[0]!.data as ClaimChanges;
      expect(changes.repeated).toContain(fleet);
    } finally {
      await store.close();
    }
  });
});
