// One JSON value to article parts: a schema.org NewsArticle (JSON-LD, also inside @graph) or the plain
// shape {title, text|html, url, published, author, outlet}. Shared by the JSON and JSON Lines readers.
import type { DocMeta } from '../../doc/index.js';
import { isoDate } from './blob-hints.js';

export interface ArticleParts {
  html: string | null;
  text: string | null;
  hints: Partial<DocMeta>;
}

type Obj = Record<string, unknown>;

const articleType =
  /(?:^|:)(?:\w*Article|Report|BlogPosting|Posting|OpinionNewsArticle|AnalysisNewsArticle)$/;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (isObj(v) && typeof v['@value'] === 'string') return str(v['@value']);
  return null;
}

function names(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObj(v)) return names(v.name);
  const s = str(v);
  return s ? [s] : [];
}

function types(o: Obj): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function isSchemaArticle(o: Obj): boolean {
  return types(o).some((t) => articleType.test(t));
}

/** The NewsArticle node of a JSON-LD document, wherever it sits (top level, array, @graph). */
function findSchemaArticle(v: unknown): Obj | null {
  if (Array.isArray(v)) {
    for (const x of v) {
      const found = findSchemaArticle(x);
      if (found) return found;
    }
    return null;
  }
  if (!isObj(v)) return null;
  if (isSchemaArticle(v)) return v;
  return findSchemaArticle(v['@graph']);
}

function url(v: unknown): string | null {
  if (isObj(v)) return str(v['@id']) ?? str(v.url);
  return str(v);
}

function fromSchema(o: Obj): ArticleParts {
  const published = isoDate(str(o.datePublished) ?? str(o.dateCreated));
  const hints: Partial<DocMeta> = {};
  const title = str(o.headline) ?? str(o.name);
  if (title) hints.title = title;
  const authors = names(o.author ?? o.creator);
  if (authors.length) hints.authors = authors;
  if (published) Object.assign(hints, { published, publishedFrom: 'json-ld' });
  const outlet = names(o.publisher)[0] ?? names(o.sourceOrganization)[0];
  if (outlet) hints.outlet = outlet;
  const link = url(o.url) ?? url(o.mainEntityOfPage);
  if (link) hints.url = link;
  const language = str(o.inLanguage);
  if (language) hints.language = language;
  const syndicatedFrom = names(o.isBasedOn)[0];
  if (syndicatedFrom) hints.syndicatedFrom = syndicatedFrom;
  return { html: null, text: str(o.articleBody) ?? str(o.text), hints };
}

function fromPlain(o: Obj): ArticleParts {
  const hints: Partial<DocMeta> = {};
  const title = str(o.title) ?? str(o.headline);
  if (title) hints.title = title;
  const authors = names(o.authors ?? o.author ?? o.byline);
  if (authors.length) hints.authors = authors;
  const published = isoDate(
    str(o.published) ?? str(o.date) ?? str(o.datePublished) ?? str(o.publishedAt) ?? str(o.date_published),
  );
  if (published) Object.assign(hints, { published, publishedFrom: 'input' });
  const outlet = names(o.outlet ?? o.source ?? o.publisher ?? o.site)[0];
  if (outlet) hints.outlet = outlet;
  const link = str(o.url) ?? str(o.link);
  if (link) hints.url = link;
  const language = str(o.language) ?? str(o.lang);
  if (language) hints.language = language;
  return {
    html: str(o.html) ?? str(o.content_html),
    text: str(o.text) ?? str(o.body) ?? str(o.content) ?? str(o.content_text),
    hints,
  };
}

/** The items of a JSON Feed (jsonfeed.org), each shaped like the plain article form; null otherwise. */
export function jsonFeedItems(v: unknown): unknown[] | null {
  if (!isObj(v) || !Array.isArray(v.items)) return null;
  return typeof v.version === 'string' && v.version.includes('jsonfeed.org') ? v.items : null;
}

/** Article parts of one JSON value, or null when it carries no article text at all. */
export function articleFromJson(v: unknown): ArticleParts | null {
  const schema = findSchemaArticle(v);
  const parts = schema ? fromSchema(schema) : isObj(v) ? fromPlain(v) : null;
  return parts && (parts.html || parts.text) ? parts : null;
}

export const noArticleText =
  'no article text: expected a schema.org NewsArticle with articleBody, or {title, text|html, url, published, author, outlet}';
