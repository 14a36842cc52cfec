// `dossier report` end to end: the real binary on a real store. Every reference in the briefing resolves to a
// stored document; article strings cannot inject markup into the HTML; sections without data say why; on the
// seeds, the summary draws on several articles.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { makeDoc } from './api-fixtures.js';
import { dossierBin, sharedPath } from './shared.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-report-'));
const run = (db: string, ...args: string[]) =>
  execFileSync('node', [dossierBin, '--db', db, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every [Dn] cited in the text, and the document id the reference list gives each key. */
function references(md: string): { cited: Set<string>; ids: Map<string, string> } {
  const [body, list = ''] = md.split('## References');
  const cited = new Set([...body.matchAll(/\[(D\d+(?:, D\d+)*)\]/g)].flatMap((m) => m[1].split(', ')));
  const ids = new Map(
    [...list.matchAll(/\*\*\[(D\d+)\]\*\*.*Document `([0-9a-f]+)`/g)].map((m) => [m[1], m[2]]),
  );
  return { cited, ids };
}

describe('dossier report on invented articles', () => {
  const db = join(dir, 'fixture.db');
  const stored: string[] = [];
  beforeAll(async () => {
    const store = await openSqliteStore(db);
    const docs = [
      makeDoc(
        'The harbour council approved money for the north pier on Tuesday after a long debate.\n\nEngineers had warned that the old pier could collapse within two winters.',
        {
          title: 'Council funds the pier <script>alert(1)</script>',
          outlet: 'Harbor Post',
          published: '2026-02-03',
          genre: 'report',
        },
      ),
      makeDoc(
        'Fishermen said the north pier works approved by the harbour council would move their boats south for a year.',
        {
          title: 'Fishermen brace for pier works',
          outlet: 'Valley Ledger',
          published: '2026-02-04',
          genre: 'report',
        },
      ),
      makeDoc(
        'An undated note on the harbour council and its north pier plans, written for the weekly bulletin of the town.',
        {
          title: 'Bulletin',
          outlet: 'Town Bulletin',
          genre: 'blog',
        },
      ),
    ];
    for (const d of docs) stored.push((await store.addDocument(d)).id);
    await store.close();
  });

  it('writes Markdown whose references all resolve to stored documents', () => {
    const md = run(db, 'report');
    expect(md).toMatch(/^# Dossier briefing/);
    expect(md).toContain('3 articles');
    expect(md).toContain('## What happened');
    const { cited, ids } = references(md);
    expect(cited.size).toBeGreaterThanOrEqual(2);
    for (const key of cited) expect(stored, key).toContain(ids.get(key));
    expect(md).toMatch(/Not in this briefing[\s\S]*Claims and open questions: No claims yet/);
    expect(md).toContain('Council funds the pier \\<script\\>');
  });

  it('writes printable HTML with escaped article strings and in-page reference links', () => {
    const out = join(dir, 'briefing.html');
    run(db, 'report', '--format', 'html', '-o', out);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&#60;script&#62;');
    const links = [...html.matchAll(/href="#(D\d+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const k of links) expect(html).toContain(`<li id="${k}">`);
  });

  it('refuses an unknown format and an empty store with a clear message', () => {
    expect(() => run(db, 'report', '--format', 'pdf')).toThrow(/use md or html/);
    expect(() => run(join(dir, 'empty.db'), 'report')).toThrow(/no documents/);
  });
});

describe('dossier report on the seeds', () => {
  const seeds = sharedPath('corpus', 'seeds');
  it.skipIf(!seeds)('summarises several articles with references that resolve', () => {
    const db = join(dir, 'seeds.db');
    try {
      run(db, 'ingest', seeds!);
    } catch {
      // exit code 2: some inputs were rejected; the report covers what landed
    }
    const docs = JSON.parse(run(db, 'docs', '--json')) as { id: string }[];
    const md = run(db, 'report');
    const { cited, ids } = references(md);
    const summary = md.split('## What happened')[1].split('\n## ')[0];
    const summaryRefs = new Set([...summary.matchAll(/\[(D\d+)\]/g)].map((m) => m[1]));
    expect(summaryRefs.size).toBeGreaterThanOrEqual(3);
    for (const key of cited)
      expect(
        docs.map((d) => d.id),
        key,
      ).toContain(ids.get(key));
  });
});
