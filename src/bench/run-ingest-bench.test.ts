import { describe, expect, it } from 'vitest';
import { newsPage, seededRng } from './generate-news-corpus.js';
import { runIngestBench } from './run-ingest-bench.js';

describe('ingest benchmark', () => {
  it('generates the same pages from the same seed, and different pages from one seed', () => {
    const a = seededRng(7);
    const b = seededRng(7);
    const first = newsPage(a, 0);
    expect(newsPage(b, 0)).toBe(first);
    expect(newsPage(a, 1)).not.toBe(first);
    expect(first).toMatch(/<article>[\s\S]*<p>[\s\S]*<\/article>/);
  });

  it('ingests and cleans every generated page and reports each stage', async () => {
    const result = await runIngestBench(6, 3);
    expect(result.rows).toHaveLength(4);
    expect(result.threadRows).toEqual([]);
    expect(result.documentLevelShare).toBeGreaterThan(0);
    for (const row of result.rows) {
      expect(row.ok, row.stage).toBe(6);
      expect(row.pagesPerSecond).toBeGreaterThan(0);
      expect(row.pagesPerCpuSecond).toBeGreaterThan(0);
    }
  });

  it('runs dossier ingest with 1 and 2 threads on the same pages and stores the same documents', async () => {
    const result = await runIngestBench(5, 2, [1, 2]);
    const [one, two] = result.threadRows;
    expect(one).toMatchObject({ threads: 1, docs: 5, speedup: 1 });
    expect(two).toMatchObject({ threads: 2, docs: 5, words: one!.words });
    expect(one!.words).toBeGreaterThan(5 * 100);
    for (const r of result.threadRows) {
      expect(r.docsPerSecond).toBeGreaterThan(0);
      expect(r.peakMb).toBeGreaterThan(0);
      expect(r.speedup).toBeGreaterThan(0);
    }
  });
});
