// `dossier eval extract`: runs cleaning on every page of the article-extraction benchmark (Zyte's
// layout: html/<id>.html.gz + ground-truth.json) and scores the clean text against the gold body.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DossierError } from '../src/errors.js';
import { cleanPage } from './clean-page.js';
import { comparePage, type ExtractScore, type PageCounts, pagePR, scorePages } from './extract-score.js';

export interface PageResult {
  id: string;
  url: string;
  precision: number;
  recall: number;
  counts: PageCounts;
}

export interface ExtractEvalResult {
  score: ExtractScore;
  pagesPerSecond: number;
  /** Pages per second of this process's CPU time: comparable across runs on a busy, shared machine. */
  pagesPerCpuSecond: number;
  pages: PageResult[];
}

interface GoldEntry {
  articleBody: string;
  url: string;
}

export function evalExtract(dataDir: string): ExtractEvalResult {
  const goldPath = join(dataDir, 'ground-truth.json');
  if (!existsSync(goldPath)) {
    throw new DossierError(
      'DATA_MISSING',
      `${goldPath} not found; pass --data <dir> holding ground-truth.json and html/`,
    );
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, GoldEntry>;
  const ids = Object.keys(gold).sort();
  const inputs = ids.map((id) =>
    gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8'),
  );
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const predictions = ids.map((id, i) => extractBody(inputs[i], gold[id].url));
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const pages = ids.map((id, i) => {
    const counts = comparePage(gold[id].articleBody, predictions[i]);
    return { id, url: gold[id].url, counts, ...pagePR(counts) };
  });
  return {
    score: scorePages(pages.map((p) => p.counts)),
    pagesPerSecond: ids.length / seconds,
    pagesPerCpuSecond: ids.length / cpuSeconds,
    pages,
  };
}

function extractBody(html: string, url: string): string {
  return cleanPage(html, url)?.text ?? '';
}
