// `dossier eval metadata`: title, author and publication-date extraction on the article-metadata sets
// (wcxb-articles: title/author/date on 133 pages; htmldate-mediacloud: date on 200 pages). Dates are
// compared by calendar day, as htmldate's evaluation does; answering where gold has none is an error.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { DocMeta } from '../src/doc/index.js';
import { emptyMeta } from '../src/doc/index.js';
import { DossierError } from '../src/errors.js';
import { cleanPage } from './clean-page.js';

export interface FieldScore {
  n: number;
  accuracy: number;
  precision: number;
  recall: number;
  f: number;
}

type Judge = (gold: string | null, found: string | null) => boolean;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function tallyOne(t: Tally, gold: string | null, found: string | null, same: Judge): void {
  if (found === null) gold === null ? t.tn++ : t.fn++;
  else if (gold !== null && same(gold, found)) t.tp++;
  else t.fp++;
}

function score(t: Tally): FieldScore {
  const n = t.tp + t.fp + t.fn + t.tn;
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    n,
    accuracy: div(t.tp + t.tn, n),
    precision: div(t.tp, t.tp + t.fp),
    recall: div(t.tp, t.tp + t.fn),
    f: div(2 * t.tp, 2 * t.tp + t.fp + t.fn),
  };
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Titles match when their words match (case and punctuation ignored). */
export const sameTitle: Judge = (g, f) => words(g ?? '').join(' ') === words(f ?? '').join(' ');

/** Authors match when the name words overlap with F1 ≥ 0.8 (gold is one raw string, maybe several names). */
export const sameAuthor: Judge = (g, f) => {
  const gw: string[] = words(g ?? '');
  const fw = words(f ?? '');
  const common = fw.filter((w) => gw.includes(w)).length;
  return gw.length > 0 && fw.length > 0 && (2 * common) / (gw.length + fw.length) >= 0.8;
};

export const sameDay: Judge = (g, f) => (g ?? '').slice(0, 10) === (f ?? '').slice(0, 10);

function metaOf(html: string, url: string): DocMeta {
  return cleanPage(html, url)?.meta ?? emptyMeta();
}

const page = (dir: string, id: string) =>
  gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');

export function evalMetadata(dataDir: string): Record<string, Record<string, FieldScore>> {
  const out: Record<string, Record<string, FieldScore>> = {};
  const wcxb = join(dataDir, 'wcxb-articles');
  if (existsSync(join(wcxb, 'gold-metadata.json'))) {
    const gold = JSON.parse(readFileSync(join(wcxb, 'gold-metadata.json'), 'utf8')) as Record<
      string,
      { url: string; title: string | null; author: string | null; publish_date: string | null }
    >;
    const t = { title: newTally(), author: newTally(), date: newTally() };
    for (const [id, g] of Object.entries(gold)) {
      const m = metaOf(page(wcxb, id), g.url);
      tallyOne(t.title, g.title, m.title, sameTitle);
      tallyOne(t.author, g.author, m.authors.length ? m.authors.join(', ') : null, sameAuthor);
      tallyOne(t.date, g.publish_date, m.published, sameDay);
    }
    out['wcxb-articles'] = { title: score(t.title), author: score(t.author), date: score(t.date) };
  }
  const mc = join(dataDir, 'htmldate-mediacloud');
  if (existsSync(join(mc, 'gold-dates.json'))) {
    const gold = JSON.parse(readFileSync(join(mc, 'gold-dates.json'), 'utf8')) as Record<
      string,
      { url: string; date: string | null }
    >;
    const t = newTally();
    for (const [id, g] of Object.entries(gold))
      tallyOne(t, g.date, metaOf(page(mc, id), g.url).published, sameDay);
    out['htmldate-mediacloud'] = { date: score(t) };
  }
  if (Object.keys(out).length === 0) {
    throw new DossierError(
      'DATA_MISSING',
      `${dataDir}: found neither wcxb-articles/gold-metadata.json nor htmldate-mediacloud/gold-dates.json`,
    );
  }
  return out;
}

function newTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}
