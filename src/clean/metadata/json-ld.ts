// The article object of a page's JSON-LD (schema.org NewsArticle, BlogPosting, …), which many news
// sites fill with headline, authors, dates and publisher more reliably than their visible markup.

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  section: string | null;
}

type Json = unknown;
const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting|Report|NewsArticle|Review)$/;

function asString(v: Json): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return asString(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return asString((v as { name: Json }).name);
  return null;
}

/** Names of people; an author typed as an Organization is the publisher, not a byline. */
function names(v: Json): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') return [v.trim()].filter(Boolean);
  if (typeof v === 'object' && 'name' in v) {
    if (
      typesOf(v as Record<string, Json>).some((t) => /Organization|Corporation|NewsMediaOrganization/.test(t))
    )
      return [];
    return names((v as { name: Json }).name);
  }
  return [];
}

function typesOf(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function* objects(v: Json): Generator<Record<string, Json>> {
  if (Array.isArray(v)) for (const x of v) yield* objects(x);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, Json>;
    yield o;
    if (o['@graph']) yield* objects(o['@graph']);
    if (o.mainEntity) yield* objects(o.mainEntity);
  }
}

export function readJsonLd(document: Document): JsonLdArticle | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: Json;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    for (const o of objects(data)) {
      const type = typesOf(o).find((t) => ARTICLE_TYPE.test(t));
      if (!type) continue;
      return {
        type,
        headline: asString(o.headline) ?? asString(o.name),
        authors: names(o.author).concat(names(o.creator)),
        datePublished: asString(o.datePublished) ?? asString(o.dateCreated),
        publisher: asString(o.publisher) ?? asString(o.sourceOrganization),
        url:
          asString(o.url) ?? asString(o.mainEntityOfPage && (o.mainEntityOfPage as { '@id'?: Json })['@id']),
        language: asString(o.inLanguage),
        section: asString(o.articleSection),
      };
    }
  }
  return null;
}
