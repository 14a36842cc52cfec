import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedsDir, sharedPath } from '../../test/shared.js';
import { newsPage, seededRng } from '../bench/generate-news-corpus.js';
import type { Doc } from '../doc/index.js';
import { DossierError } from '../errors.js';
import { makeRaw } from '../ingest/raw-input.js';
import type { Article } from '../ingest/reader.js';
import { type AnalysisPool, openAnalysisPool, parseThreads, resolveThreads } from './analysis-pool.js';
import { analyseArticle } from './analysis-thread.js';

function article(source: string, body: string, html: boolean): Article {
  return {
    raw: makeRaw(
      source,
      new TextEncoder().encode(body),
      '2026-01-05T10:00:00.000Z',
      html ? 'text/html' : 'text/plain',
    ),
    html: html ? body : null,
    text: html ? null : body,
    hints: {},
  };
}

/** Generated HTML pages, and the seed articles when the shared folder is present. */
function articles(): Article[] {
  const rng = seededRng(11);
  const pages = Array.from({ length: 4 }, (_, i) => article(`page-${i}.html`, newsPage(rng, i), true));
  const seeds = sharedPath('corpus', 'seeds')
    ? readdirSync(seedsDir)
        .sort()
        .map((f) => article(f, readFileSync(join(seedsDir, f), 'utf8'), false))
    : [];
  return [...pages, ...seeds];
}

describe('thread counts', () => {
  it('takes whole numbers from 1 and refuses anything else with the flag named', () => {
    expect(parseThreads('3')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'two', '']) {
      expect(() => parseThreads(bad)).toThrow(/--threads must be a whole number/);
    }
    expect(resolveThreads('2')).toBe(2);
  });

  it('falls back to DOSSIER_THREADS, then to the number of cores', () => {
    const saved = process.env.DOSSIER_THREADS;
    try {
      process.env.DOSSIER_THREADS = '5';
      expect(resolveThreads()).toBe(5);
      process.env.DOSSIER_THREADS = 'many';
      expect(() => resolveThreads()).toThrow(/DOSSIER_THREADS must be/);
      delete process.env.DOSSIER_THREADS;
      expect(resolveThreads()).toBeGreaterThanOrEqual(1);
    } finally {
      if (saved === undefined) delete process.env.DOSSIER_THREADS;
      else process.env.DOSSIER_THREADS = saved;
    }
  });

  it('analyses inline, without a pool, for one thread', async () => {
    const pool = openAnalysisPool(1);
    expect(pool.mode).toBe('inline');
    const [a] = articles();
    expect(await pool.analyse(a!)).toEqual(analyseArticle(a!));
    await pool.close();
  });
});

describe('analysis pool', () => {
  let pool: AnalysisPool;
  beforeAll(() => {
    pool = openAnalysisPool(2);
  });
  afterAll(() => pool.close());

  it('runs on threads and returns the same documents as the inline analysis', async () => {
    expect(pool.fallback).toBeNull();
    expect(pool.mode).toBe('threads');
    const all = articles();
    const pooled = await Promise.all(all.map((a) => pool.analyse(a)));
    pooled.forEach((doc: Doc, i) => {
      const inline = analyseArticle(all[i]!);
      expect(Object.keys(doc.layers).length).toBeGreaterThan(3);
      expect(doc).toEqual(inline);
      expect(doc.raw.bytes).toBeInstanceOf(Uint8Array);
    });
  });

  it('cleans only when asked not to analyse', async () => {
    const [a] = articles();
    const doc = await pool.analyse(a!, false);
    expect(Object.keys(doc.layers)).toEqual(['segments']);
    expect(doc.text).toBe(analyseArticle(a!).text);
  });

  it('sends raw bytes that are a view into a larger buffer without touching the rest', async () => {
    const [a] = articles();
    const body = a!.raw.bytes;
    const big = new Uint8Array(body.length + 64);
    big.set(body, 32);
    const view = big.subarray(32, 32 + body.length);
    const doc = await pool.analyse({ ...a!, raw: { ...a!.raw, bytes: view } });
    expect(big.byteLength).toBe(body.length + 64);
    expect(view[0]).toBe(body[0]);
    expect(doc.raw.bytes).toEqual(new Uint8Array(body));
  });

  it('rejects an article with its DossierError code when a thread cannot clean it, and goes on', async () => {
    const empty = article(
      'furniture.html',
      '<html><body><nav><a href="/">Home</a></nav></body></html>',
      true,
    );
    const err = await pool.analyse(empty).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DossierError);
    expect((err as DossierError).code).toBe('NO_CONTENT');
    expect((err as DossierError).message).toMatch(/furniture\.html: no article text/);
    const [a] = articles();
    expect((await pool.analyse(a!)).text.length).toBeGreaterThan(100);
  });
});

it('stops a thread that a hostile page keeps busy past the time limit, rejects only that page', async () => {
  const pool = openAnalysisPool(2, { timeLimitMs: 2000 });
  try {
    // Markup nested 2,000 deep keeps cleaning busy for many seconds (far past the limit); the
    // other pages are only cleaned, which takes milliseconds.
    const depth = 2000;
    const nested = `<html><body>${'<div>'.repeat(depth)}<p>${'A sentence of the buried story. '.repeat(20)}</p>${'</div>'.repeat(depth)}</body></html>`;
    const [ok] = articles();
    const [hostile, fine] = await Promise.allSettled([
      pool.analyse(article('nested.html', nested, true), false),
      pool.analyse(ok!, false),
    ]);
    expect(hostile.status).toBe('rejected');
    const err = (hostile as PromiseRejectedResult).reason as DossierError;
    expect(err).toBeInstanceOf(DossierError);
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/nested\.html: cleaning and analysis took longer than 2 s/);
    expect(fine.status).toBe('fulfilled');
    // The stopped thread was replaced (its start does not count against the limit): the pool works.
    expect((await pool.analyse(ok!, false)).text.length).toBeGreaterThan(100);
  } finally {
    await pool.close();
  }
});

it('refuses work once closed', async () => {
  const pool = openAnalysisPool(2);
  await pool.close();
  await expect(pool.analyse(articles()[0]!)).rejects.toThrow(/closed/);
});
