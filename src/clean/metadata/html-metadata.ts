// Metadata a page states in its markup: meta tags (Open Graph, Dublin Core, parsely, sailthru …),
// JSON-LD, <time> elements, the canonical link and the <html lang>. Read before Readability runs,
// because Readability removes scripts and rewrites the tree.
import type { DocMeta, FoundIn, Genre } from '../../doc/index.js';
import metaData from '../data/meta-names.json' with { type: 'json' };
import { authorsFromByline, isName } from './authors.js';
import { isoFromMachine, isoFromUrl } from './dates.js';
import { readJsonLd } from './json-ld.js';
import { normalizeLanguage } from './language.js';
import { chooseTitle, headlines, visibleAuthors, visibleDate } from './visible-metadata.js';

export interface HtmlMeta extends Partial<DocMeta> {
  /** A genre the markup declares (JSON-LD OpinionNewsArticle, article:section "Opinion", …). */
  declaredGenre?: Genre;
  section?: string | null;
}

type MetaIndex = ReadonlyMap<string, string>;

/** All <meta> values by lower-cased name, property and itemprop, first one winning; one pass over the page. */
function indexMeta(document: Document): MetaIndex {
  const index = new Map<string, string>();
  for (const el of Array.from(document.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function metaContent(index: MetaIndex, names: readonly string[]): string | null {
  for (const name of names) {
    const v = index.get(name.toLowerCase());
    if (v) return v;
  }
  return null;
}

export function htmlMetadata(document: Document, pageUrl: string | null): HtmlMeta {
  const index = indexMeta(document);
  const ld = readJsonLd(document);
  const out: HtmlMeta = {};
  const site = metaContent(index, metaData.siteName) ?? ld?.publisher ?? null;
  out.title = chooseTitle(
    metaContent(index, metaData.title) ?? ld?.headline ?? titleTag(document),
    headlines(document),
    site,
  );
  const metaAuthors = metaContent(index, metaData.author);
  const authorList = ld?.authors.filter(isName).length
    ? ld.authors.filter(isName)
    : metaAuthors && !/^https?:/.test(metaAuthors)
      ? authorsFromByline(metaAuthors)
      : [];
  out.authors = authorList.length ? authorList : visibleAuthors(document);
  const date = pickDate(document, index, ld?.datePublished ?? null, pageUrl);
  if (date) {
    out.published = date.iso;
    out.publishedFrom = date.from;
  }
  out.outlet = site;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  out.canonicalUrl = absolute(canonical ?? metaContent(index, ['og:url']) ?? ld?.url ?? null, pageUrl);
  out.language =
    normalizeLanguage(document.documentElement?.getAttribute('lang')) ??
    normalizeLanguage(metaContent(index, ['og:locale', 'content-language', 'language', 'dc.language'])) ??
    normalizeLanguage(ld?.language);
  out.section = metaContent(index, metaData.section) ?? ld?.section ?? null;
  if (ld?.type === 'OpinionNewsArticle') out.declaredGenre = 'opinion';
  else if (ld?.type === 'AnalysisNewsArticle') out.declaredGenre = 'analysis';
  else if (ld?.type === 'BlogPosting') out.declaredGenre = 'blog';
  else if (ld?.type === 'ReportageNewsArticle') out.declaredGenre = 'report';
  return out;
}

function pickDate(
  document: Document,
  index: MetaIndex,
  ldDate: string | null,
  pageUrl: string | null,
): { iso: string; from: FoundIn } | null {
  const fromMeta = isoFromMachine(metaContent(index, metaData.published));
  if (fromMeta) return { iso: fromMeta, from: 'meta' };
  const fromLd = isoFromMachine(ldDate);
  if (fromLd) return { iso: fromLd, from: 'json-ld' };
  const time = document.querySelector(
    'time[pubdate], time[itemprop="datePublished"], article time[datetime], time[datetime]',
  );
  const fromTime = isoFromMachine(time?.getAttribute('datetime'));
  if (fromTime) return { iso: fromTime, from: 'meta' };
  const fromUrl = isoFromUrl(pageUrl);
  if (fromUrl) return { iso: fromUrl, from: 'url' };
  const shown = visibleDate(document);
  return shown ? { iso: shown, from: 'dateline' } : null;
}

function titleTag(document: Document): string | null {
  const t = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  // "Headline | Site" / "Headline - Site": keep the longest part, which is the headline.
  const parts = t.split(/\s+[|–—-]\s+|\s+::\s+/);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '').trim() || null;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
}
