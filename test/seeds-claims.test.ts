// Claims, origins, framing and reactions on the seed articles (read from ../shared at run time),
// ingested through the real pipeline: four seeds first, then the one that corroborates the arms
// figure, so `diff` can show what it added.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClaimView, docDiff, listClaims, syncClaims } from '../src/claims/index.js';
import { listSources, reactionMatrix } from '../src/framing/index.js';
import { ingestAll } from '../src/ingest/ingest.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { dossierBin, sharedPath } from './shared.js';

const dir = sharedPath('corpus', 'seeds');

describe.skipIf(!dir)('claims on the seed articles', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-claims-'));
  const db = join(tmp, 'seeds.db');
  let store: Store;
  let claims: ClaimView[];
  let lastId: string;
  const files = dir
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  // The seed held back: the one that gives the arms figure and also cites The Washington Post.
  const last = files.find((f) => {
    const t = readFileSync(join(dir as string, f), 'utf8');
    return t.includes('20 billion') && t.includes('Washington Post');
  })!;

  beforeAll(async () => {
    store = await openSqliteStore(db);
    const first = await ingestAll(
      files.filter((f) => f !== last).map((f) => join(dir as string, f)),
      { store },
    );
    expect(first.filter((o) => o.status === 'added')).toHaveLength(files.length - 1);
    await syncClaims(store); // a no-op once the claim stage runs inside ingest
    const [added] = await ingestAll([join(dir as string, last)], { store });
    lastId = added.id!;
    claims = await listClaims(store);
  }, 180_000);

  afterAll(async () => {
    await store?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const armsClaim = () => claims.find((c) => c.values?.some((v) => v.kind === 'MONEY' && v.low === 20e9));
  const letterClaim = () =>
    claims.find(
      (c) => c.claimants.includes('The Washington Post') && new Set(c.evidence.map((e) => e.docId)).size >= 2,
    );

  it('corroborates the more-than-$20-billion arms figure by two independent origins', () => {
    const c = armsClaim();
    expect(c?.status).toBe('corroborated');
    expect(c?.origins).toHaveLength(2);
    expect(c?.value).toBe('more than $20 billion');
    expect(new Set(c?.evidence.map((e) => e.docId)).size).toBe(2);
  });

  it('counts the letter to Putin, credited to The Washington Post by two articles, as one origin', () => {
    const c = letterClaim();
    expect(c).toBeDefined();
    expect(c!.origins).toHaveLength(1);
    expect(c!.origins[0].origin).toBe('The Washington Post');
    expect(c!.origins[0].docs).toHaveLength(2);
    expect(c!.status).toBe('single-source');
    expect(c!.evidence.every((e) => /Putin/.test(e.text))).toBe(true);
  });

  it('recognises the reprint as Radio Free Europe/Radio Liberty’s', async () => {
    const { articles, outlets } = await listSources(store);
    const reprint = articles.find((a) => a.syndicatedFrom === 'Radio Free Europe/Radio Liberty');
    expect(reprint).toBeDefined();
    expect(outlets.find((o) => o.outlet === 'Radio Free Europe/Radio Liberty')?.articles).toEqual([
      reprint!.docId,
    ]);
    const own = claims.filter(
      (c) => c.evidence.every((e) => e.docId === reprint!.docId) && !c.claimants.length,
    );
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) expect(c.origins[0].origin).toBe('Radio Free Europe/Radio Liberty');
  });

  it('frames the opinion column as opinion, with explainable tone and quoted voices', async () => {
    const { articles } = await listSources(store);
    const column = articles.find((a) => a.outlet === 'The Moscow Times');
    expect(column?.genre).toBe('opinion');
    expect(column!.tone.words.negative.length).toBeGreaterThan(0);
    expect(column!.toneToward.length).toBeGreaterThan(0);
    const withVoices = articles.filter((a) => a.voices.length);
    expect(withVoices.length).toBeGreaterThan(2);
    for (const a of withVoices) expect(a.voices.reduce((s, v) => s + v.share, 0)).toBeCloseTo(1, 1);
    // Sides: a head of state speaks for the country his role names.
    expect(articles.flatMap((a) => a.voices).some((v) => /Putin/.test(v.speaker) && v.side === 'RU')).toBe(
      true,
    );
  });

  it('shows the Foreign Ministry condemning and Putin silent in the reaction matrix', async () => {
    const { rows } = await reactionMatrix(store);
    const ministry = rows.find((r) => /Foreign Ministry/.test(r.actor.name));
    const putin = rows.find((r) => /Putin/.test(r.actor.name));
    expect(ministry?.reaction).toBe('condemn');
    expect(ministry?.evidence.some((e) => /condemn/i.test(e.cue))).toBe(true);
    expect(putin?.reaction).toBe('silent');
    expect(putin?.evidence[0].text).toMatch(/silent/);
    expect(rows.some((r) => r.reaction === 'no statement found')).toBe(true);
  });

  it('lists what the last seed added: new claims and entities, the arms figure newly corroborated', async () => {
    const d = await docDiff(store, lastId);
    expect(d.newClaims.length).toBeGreaterThan(5);
    expect(d.newEntities.length).toBeGreaterThan(0);
    expect(d.corroborated.map((c) => c.id)).toContain(armsClaim()!.id);
    // Repeating The Washington Post's report adds no independent origin.
    expect(d.corroborated.map((c) => c.id)).not.toContain(letterClaim()!.id);
  });

  it('serves the same through the CLI as JSON', async () => {
    // Other sessions may be rebuilding dist/ at this moment (vitest's global setup runs tsc); a
    // half-written file fails to parse, so a command that dies of that is run once more.
    const run = (...args: string[]) => {
      const argv = [dossierBin, ...args, '--db', db, '--json'];
      try {
        return JSON.parse(execFileSync('node', argv, { encoding: 'utf8', stdio: 'pipe' }));
      } catch (err) {
        if (!/Unexpected end of JSON input/.test(String((err as { stderr?: string }).stderr))) throw err;
        return JSON.parse(execFileSync('node', argv, { encoding: 'utf8' }));
      }
    };
    const corroborated = run('claims', '--status', 'corroborated') as ClaimView[];
    expect(corroborated.length).toBeGreaterThan(0);
    expect(corroborated.every((c) => c.status === 'corroborated' && c.origins.length >= 2)).toBe(true);
    expect(corroborated[0]).toHaveProperty('evidence.0.docId');
    expect(run('diff', lastId.slice(0, 8)).docId).toBe(lastId);
    expect(run('reactions').rows.length).toBeGreaterThan(0);
  });
});
