// Claims on hostile input, with texts written for the test: 200 copies of one article under different
// addresses count as one origin (an independent article still corroborates), and an article that
// contradicts itself is flagged, not crashed on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docDiff, listClaims } from '../src/claims/index.js';
import { listSources } from '../src/framing/index.js';
import { ingestAll } from '../src/ingest/ingest.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

const BODY = [
  'Portugal Expands Its Fleet',
  '',
  'Portugal has bought more than $4 billion in warships and patrol aircraft from France since 2010, the defence ministry in Lisbon said on Tuesday.',
  '',
  'The purchases made France the largest supplier of the Portuguese navy, ahead of Germany and Italy.',
  '',
  'Defence Minister Nuno Melo told parliament that two more frigates would arrive in 2027.',
  '',
  'Opposition lawmakers in Lisbon criticised the cost of the programme and demanded an audit.',
].join('\n');

const INDEPENDENT = [
  'Lisbon and Paris Deepen Naval Ties',
  '',
  'Since 2010, France has sold Portugal over $4 billion worth of warships and maritime patrol planes, according to figures from the Stockholm International Peace Research Institute.',
  '',
  'Analysts in Madrid expect Spain to watch the build-up closely.',
].join('\n');

const SELF_CONTRADICTING = [
  'Harbour Report',
  '',
  'The Greek navy sent 12 frigates to the port of Piraeus on Friday, the ministry in Athens said.',
  '',
  'Crowds gathered along the quay to watch the ships come in.',
  '',
  'The Greek navy sent 40 frigates to the port of Piraeus on Friday, the ministry in Athens said.',
].join('\n');

describe('claims on bad input', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-claims-bad-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('counts 200 copies of one article under different URLs as one origin', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const inputs: string[] = [];
      for (let i = 0; i < 200; i++) {
        const path = join(tmp, `copy-${i}.txt`);
        writeFileSync(
          path,
          `${BODY}\n\nRepublished by mirror site number ${i}: https://mirror-${i}.example.net/portugal-fleet-${i}\n`,
        );
        inputs.push(path);
      }
      const independent = join(tmp, 'independent.txt');
      writeFileSync(independent, INDEPENDENT);
      inputs.push(independent);
      const outcomes = await ingestAll(inputs, { store });
      expect(outcomes.every((o) => o.status !== 'rejected')).toBe(true);
      const claims = await listClaims(store);
      const fleet = claims.find((c) => c.values?.some((v) => v.kind === 'MONEY' && v.low === 4e9));
      expect(fleet).toBeDefined();
      const docs = new Set(fleet!.evidence.map((e) => e.docId));
      expect(docs.size).toBeGreaterThan(1);
      // The copies are one origin; the independent article is the second.
      expect(fleet!.origins).toHaveLength(2);
      expect(fleet!.status).toBe('corroborated');
      const copies = claims.filter((c) => c.text.includes('criticised the cost'));
      expect(copies).toHaveLength(1);
      expect(copies[0].origins).toHaveLength(1);
      expect(copies[0].status).toBe('single-source');
    } finally {
      await store.close();
    }
  }, 300_000);

  it('flags an article that contradicts itself', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const path = join(tmp, 'harbour.txt');
      writeFileSync(path, SELF_CONTRADICTING);
      const [outcome] = await ingestAll([path], { store });
      expect(outcome.status).toBe('added');
      const contradicted = await listClaims(store, { status: 'contradicted' });
      expect(contradicted).toHaveLength(1);
      expect(contradicted[0].reason).toMatch(/figures disagree.*within one article/);
      expect(contradicted[0].contradictions?.[0].sides.map((s) => s.text)).toEqual([
        expect.stringContaining('12 frigates'),
        expect.stringContaining('40 frigates'),
      ]);
      const diff = await docDiff(store, outcome.id!);
      expect(diff.selfContradictions).toHaveLength(1);
      const { articles } = await listSources(store);
      expect(articles[0].selfContradictions).toBe(1);
    } finally {
      await store.close();
    }
  }, 60_000);
});
