// The timeline on the five seed articles (read from ../shared at run time; skipped when absent).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AnalysedDoc, buildTimeline, tagTimex } from '../src/time/index.js';
import { dossierBin, sharedPath } from './shared.js';

const dir = sharedPath('corpus', 'seeds');

/** The article's date when a line near the top holds nothing but a full date. */
function leadingDate(text: string): string | null {
  for (const line of text.split('\n').slice(0, 12)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const [t] = tagTimex(trimmed, { dct: null });
    if (t && t.start === 0 && t.end === trimmed.length && t.granularity === 'day' && t.resolved)
      return t.value;
  }
  return null;
}

const docs: AnalysedDoc[] = dir
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        return { id: f, text, published: leadingDate(text), layers: {} };
      })
  : [];

describe.skipIf(!dir)('timeline on the seed articles', () => {
  const items = buildTimeline(docs);
  const mentions = items.flatMap((i) => i.mentions);

  it('makes the capture of Maduro one item on 2026-01-03 with evidence from every seed reporting it', () => {
    const reporting = docs
      .filter(
        (d) =>
          /Maduro/.test(d.text) &&
          /captur|oust|remov|apprehend/i.test(d.text) &&
          /January 3|2026/.test(d.text),
      )
      .map((d) => d.id);
    expect(reporting.length).toBeGreaterThanOrEqual(3);
    const capture = items.filter((i) => i.value === '2026-01-03' && i.actors.some((a) => /Maduro/.test(a)));
    expect(capture).toHaveLength(1);
    expect([...capture[0].docs].sort()).toEqual(reporting);
    expect(capture[0].merged.length).toBeGreaterThan(0);
  });

  it('resolves "two days earlier" against the statement it follows', () => {
    const reprint = docs.find((d) => /Two days earlier/.test(d.text));
    expect(reprint).toBeTruthy();
    const timexes = tagTimex(reprint!.text, { dct: reprint!.published });
    const earlier = timexes.find((t) => t.text === 'Two days earlier')!;
    const before = timexes.filter((t) => t.end <= earlier.start && /-\d{2}-\d{2}$/.test(t.value)).at(-1)!;
    expect(before.value).toMatch(/-11-01$/);
    expect(earlier.anchor).toBe(`t${before.start}`);
    expect(earlier.value).toMatch(/-10-30$/);
  });

  it('puts month-only mentions in January 2026 articles in 2025', () => {
    const january = mentions.filter((m) => m.reportTime?.startsWith('2026-01'));
    expect(new Set(january.map((m) => m.docId)).size).toBeGreaterThanOrEqual(2);
    const october = january.filter((m) => m.rule.startsWith('month:'));
    expect(october.length).toBeGreaterThan(0);
    for (const m of october) expect(m.value.slice(0, 4), m.label).toBe('2025');
    expect(october.some((m) => m.value === '2025-10')).toBe(true);
  });

  it('dates nothing in the future of its article unless the text writes out the year', () => {
    for (const d of docs) {
      const report = mentions.find((m) => m.docId === d.id)?.reportTime ?? d.published;
      if (!report) continue;
      for (const t of tagTimex(d.text, { dct: report })) {
        if (!t.interval || /absolute|edge-of-period/.test(t.rule)) continue;
        expect(t.interval.begin <= report, `${d.id}: ${t.text} → ${t.value}`).toBe(true);
      }
    }
  });
});

const dossier = (...args: string[]) => spawnSync('node', [dossierBin, ...args], { encoding: 'utf8' });

describe.skipIf(!dir)('time on the command line', () => {
  it('tags a seed with offsets into the file as read and anchors to --dct', () => {
    const reprint = docs.find((d) => /Two days earlier/.test(d.text))!;
    const r = dossier('tag', 'timex', join(dir!, reprint.id), '--dct', '2025-11-10');
    expect(r.status, r.stderr).toBe(0);
    const found = JSON.parse(r.stdout) as { start: number; end: number; text: string; value: string }[];
    for (const t of found) expect(reprint.text.slice(t.start, t.end)).toBe(t.text);
    expect(found.find((t) => t.text === 'Two days earlier')?.value).toBe('2025-10-30');
    expect(found.find((t) => t.text === 'late October')).toMatchObject({ value: '2025-10', mod: 'END' });
  });

  it('builds the timeline from stored articles', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'dossier-time-'));
    try {
      const db = join(tmp, 'd.db');
      const added = dossier('--db', db, 'ingest', ...docs.map((d) => join(dir!, d.id)));
      expect(added.status, added.stderr).toBe(0);
      const r = dossier('--db', db, 'timeline', '--json', '--entity', 'Maduro', '--from', '2026-01');
      expect(r.status, r.stderr).toBe(0);
      const items = JSON.parse(r.stdout) as { value: string; docs: string[]; evidence: unknown[] }[];
      const capture = items.find((i) => i.value === '2026-01-03');
      expect(capture?.docs.length).toBeGreaterThanOrEqual(3);
      expect(items.every((i) => i.evidence.length > 0)).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
