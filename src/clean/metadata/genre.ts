// A genre guess — opinion, analysis, blog or report — from what the page declares and the cues the
// text leaves: an opinion disclaimer, question-style headings, affiliate reading lists, the density
// of attributed statements. Cues live in data/genre.json.
import type { Genre, RemovedSegment } from '../../doc/index.js';
import genreData from '../data/genre.json' with { type: 'json' };

const re = (p: string, flags = 'iu') => new RegExp(p, flags);
const opinion = {
  url: re(genreData.opinion.url),
  section: re(genreData.opinion.section),
  title: re(genreData.opinion.title),
  note: re(genreData.opinion.note),
};
const analysis = {
  url: re(genreData.analysis.url),
  section: re(genreData.analysis.section),
  title: re(genreData.analysis.title),
  body: re(genreData.analysis.body),
};
const blog = { url: re(genreData.blog.url), promo: re(genreData.blog.promo), body: re(genreData.blog.body) };
const attribution = re(genreData.report.attribution, 'giu');

export interface GenreInput {
  text: string;
  headings: readonly string[];
  removed: readonly RemovedSegment[];
  url: string | null;
  title: string | null;
  section?: string | null;
  declared?: Genre;
}

export function guessGenre(g: GenreInput): Genre | null {
  if (g.declared) return g.declared;
  const path = pathOf(g.url);
  const section = g.section?.trim() ?? '';
  const title = g.title ?? '';
  if (opinion.url.test(path) || opinion.section.test(section) || opinion.title.test(title)) return 'opinion';
  if (g.removed.some((r) => r.reason === 'disclaimer' && opinion.note.test(r.text))) return 'opinion';
  if (blog.url.test(g.url ?? '')) return 'blog';
  if (g.removed.some((r) => r.reason === 'promo' && blog.promo.test(r.text)) || blog.body.test(g.text))
    return 'blog';
  if (analysis.url.test(path) || analysis.section.test(section) || analysis.title.test(title))
    return 'analysis';
  const words = g.text.split(/\s+/).length;
  if (words < 50) return null;
  const attributions = g.text.match(attribution)?.length ?? 0;
  const questionHeadings = g.headings.filter((h) => h.trim().endsWith('?')).length;
  const isReport = (attributions * 100) / words >= genreData.report.minPer100Words;
  if (questionHeadings >= 2 || (!isReport && analysis.body.test(g.text))) return 'analysis';
  return isReport ? 'report' : 'analysis';
}

function pathOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}
