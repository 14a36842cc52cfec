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
    expect(result.rows).toHaveLength(3);
    for (const row of result.rows) {
      expect(row.ok, row.stage).toBe(6);
      expect(row.pagesPerSecond).toBeGreaterThan(0);
      expect(row.pagesPerCpuSecond).toBeGreaterThan(0);
    }
  });
});
