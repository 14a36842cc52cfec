// Cleaning on the five seed articles: metadata as each text states it (null where it says nothing),
// furniture removed with the right reason, and each article's real first and last paragraphs kept.
// Expected paragraphs are computed from the files at run time; no seed sentence is copied here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/clean-article.js';
import type { Doc } from '../src/doc/index.js';
import { isValidSpan } from '../src/doc/index.js';
import { sharedPath } from './shared.js';

const dir = sharedPath('corpus', 'seeds');
const seedFiles = {
  column: '000_c4688e7752145e2c.txt',
  qa: '001_d73fcc23717f314e.txt',
  analysis: '002_74f4c5d8c300aa72.txt',
  blog: '003_cb4d2113e8887839.txt',
  reprint: '004_23178de5ec508e69.txt',
};
type Seed = keyof typeof seedFiles;

/** The file's non-empty lines with markdown leftovers reduced to their words, for comparing with kept text. */
function lines(seed: Seed): string[] {
  return readFileSync(join(dir ?? '', seedFiles[seed]), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

function clean(seed: Seed): Doc {
  const text = readFileSync(join(dir ?? '', seedFiles[seed]), 'utf8');
  const raw = {
    source: seedFiles[seed],
    bytes: new Uint8Array(),
    sha256: '',
    fetchedAt: '2030-01-01T00:00:00Z',
    contentType: null,
  };
  return cleanArticle({ raw, html: null, text, hints: {} });
}

function kept(doc: Doc, label = 'paragraph'): string[] {
  return doc.layers.segments.filter((s) => s.label === label).map((s) => doc.text.slice(s.start, s.end));
}

const reasons = (doc: Doc) => doc.removed.map((r) => r.reason);

describe.skipIf(!dir)('cleaning the seed articles', () => {
  const docs = {} as Record<Seed, Doc>;
  beforeAll(() => {
    for (const seed of Object.keys(seedFiles) as Seed[]) docs[seed] = clean(seed);
  });

  it('produces valid segments and removal positions for every seed', () => {
    for (const doc of Object.values(docs)) {
      expect(doc.layers.segments.length).toBeGreaterThan(5);
      for (const s of doc.layers.segments) {
        expect(isValidSpan(doc.text, s)).toBe(true);
        expect(['paragraph', 'heading', 'list-item']).toContain(s.label);
        expect(s.prov.component).toBe('segment-classifier');
      }
      for (const r of doc.removed) expect(r.at).toBeGreaterThanOrEqual(0);
      for (const r of doc.removed) expect(r.at).toBeLessThanOrEqual(doc.text.length);
      expect(doc.text).not.toMatch(/\n{3,}/);
      expect(doc.text).not.toMatch(/\]\(#\)|\*\*/);
    }
  });

  it('reads the opinion column: title, byline, date line, outlet from the original URL, opinion genre', () => {
    const doc = docs.column;
    const l = lines('column');
    expect(doc.meta.title).toBe(l[0]);
    expect(doc.meta.authors).toEqual(['Emanuel Pietrobon']);
    expect(doc.meta.published).toBe('2026-01-05');
    expect(doc.meta.publishedFrom).toBe('dateline');
    expect(doc.meta.outlet).toBe('The Moscow Times');
    expect(doc.meta.canonicalUrl).toMatch(/^https:\/\/www\.themoscowtimes\.com\/2026\/01\/05\//);
    expect(doc.meta.genre).toBe('opinion');
    expect(doc.meta.syndicatedFrom).toBeNull();
    expect(doc.meta.language).toBe('en');
  });

  it('removes the column’s caption with its photo credit, related links, disclaimer and URL lines', () => {
    const doc = docs.column;
    const r = reasons(doc);
    expect(r.slice(0, 4)).toEqual(['title', 'byline', 'dateline', 'caption']);
    expect(r.filter((x) => x === 'related')).toHaveLength(2);
    expect(r).toContain('disclaimer');
    expect(r.filter((x) => x === 'url')).toHaveLength(2);
    const caption = doc.removed.find((x) => x.reason === 'caption');
    expect(caption?.text).toMatch(/AFP$/);
    expect(doc.text).not.toContain('AFP');
    expect(doc.text).not.toMatch(/https?:/);
    // Related links stood inside the body: their position is between kept paragraphs.
    for (const rel of doc.removed.filter((x) => x.reason === 'related')) {
      expect(rel.at).toBeGreaterThan(0);
      expect(rel.at).toBeLessThan(doc.text.length);
    }
  });

  it('keeps the column’s real first and last paragraphs, and joins a paragraph split by a stray blank line', () => {
    const doc = docs.column;
    const l = lines('column');
    const firstBody = l[l.findIndex((x) => x.endsWith('**')) + 1];
    const lastBody = l[l.findIndex((x) => /views expressed/i.test(x)) - 1];
    const paragraphs = kept(doc);
    expect(words(paragraphs[0])).toBe(words(firstBody));
    expect(words(paragraphs.at(-1) ?? '')).toBe(words(lastBody));
    const broken = l.findIndex((x) => /^\p{Ll}/u.test(x));
    expect(broken).toBeGreaterThan(0);
    expect(paragraphs.some((p) => words(p) === `${words(l[broken - 1])} ${words(l[broken])}`)).toBe(true);
  });

  it('reads the Q&A analysis: no title, author or date stated; question headings kept as headings', () => {
    const doc = docs.qa;
    expect(doc.meta).toMatchObject({
      title: null,
      authors: [],
      published: null,
      outlet: null,
      syndicatedFrom: null,
    });
    expect(doc.meta.genre).toBe('analysis');
    const questions = lines('qa').filter((x) => x.endsWith('?') && x.split(' ').length <= 16);
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(kept(doc, 'heading').map(words)).toEqual(questions.map(words));
    expect(doc.removed).toEqual([]);
    const l = lines('qa');
    expect(words(kept(doc)[0])).toBe(words(l[0]));
    expect(words(kept(doc).at(-1) ?? '')).toBe(words(l.at(-1) ?? ''));
  });

  it('cuts the three unrelated ledes stuck to the end of the long analysis, and nothing else', () => {
    const doc = docs.analysis;
    const l = lines('analysis');
    const firstLede = l.findIndex((x) => /^[A-Z][A-Z ]+(?:, [A-Z]{2})? – /.test(x));
    expect(firstLede).toBeGreaterThan(5);
    const ledes = doc.removed.filter((x) => x.reason === 'unrelated-lede');
    expect(ledes.map((x) => words(x.text))).toEqual(l.slice(firstLede).map(words));
    expect(ledes.filter((x) => /^[A-Z][A-Z ]+(?:, [A-Z]{2})? – /.test(x.text))).toHaveLength(3);
    expect(reasons(doc).every((x) => x === 'unrelated-lede')).toBe(true);
    expect(words(kept(doc)[0])).toBe(words(l[0]));
    expect(words(kept(doc).at(-1) ?? '')).toBe(words(l[firstLede - 1]));
    expect(doc.meta).toMatchObject({
      title: null,
      authors: [],
      published: null,
      outlet: null,
      genre: 'analysis',
    });
  });

  it('reads the blog rewrite: title line, no author or date, blog genre; promos and related lines removed', () => {
    const doc = docs.blog;
    const l = lines('blog');
    expect(doc.meta.title).toBe(l[0]);
    expect(doc.meta).toMatchObject({
      authors: [],
      published: null,
      outlet: null,
      genre: 'blog',
      syndicatedFrom: null,
    });
    const r = reasons(doc);
    expect(r).toEqual(['title', 'promo', 'promo', 'related', 'related']);
    expect(words(kept(doc)[0])).toBe(words(l[1]));
    const lastLong = l.filter((x) => x.length > 300).at(-1) ?? '';
    expect(words(kept(doc).at(-1) ?? '')).toBe(words(lastLong));
    expect(kept(doc, 'list-item').length).toBe(l.filter((x) => x.startsWith('- ')).length);
    expect(kept(doc, 'heading').length).toBeGreaterThanOrEqual(3);
  });

  it('reads the syndicated reprint: the reprint note is removed and names the original publisher', () => {
    const doc = docs.reprint;
    const l = lines('reprint');
    expect(doc.meta.syndicatedFrom).toBe('Radio Free Europe/Radio Liberty');
    expect(doc.meta).toMatchObject({
      title: null,
      authors: [],
      published: null,
      outlet: null,
      genre: 'report',
    });
    expect(doc.removed.map((x) => [x.reason, x.at])).toEqual([['syndication', 0]]);
    expect(words(kept(doc)[0])).toBe(words(l[1]));
    expect(words(kept(doc).at(-1) ?? '')).toBe(words(l.at(-1) ?? ''));
    expect(kept(doc, 'heading').length).toBe(4);
  });

  it('never reports the ingestion time as the publication date', () => {
    for (const doc of Object.values(docs)) expect(doc.meta.published ?? '').not.toMatch(/^2030/);
  });
});
