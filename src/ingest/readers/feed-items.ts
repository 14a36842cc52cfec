// Normalizes the items of an RSS 2.0, RDF or Atom feed (as feedsmith parsed it) to one shape.
import type { AnyFeed } from 'feedsmith';
import { isoDate } from './blob-hints.js';

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** The fullest body the item carries (content:encoded or Atom content before the summary). */
  content: string | null;
  published: string | null;
  authors: string[];
}

type Loose = Record<string, unknown> | undefined;

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && 'value' in v) return textOf((v as { value: unknown }).value);
  return null;
}

function personNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((p) => (typeof p === 'string' ? p : textOf((p as { name?: unknown }).name)))
    .filter((x): x is string => !!x)
    .map((x) => x.replace(/^\S+@\S+\s+\((.+)\)$/, '$1'));
}

function dcCreators(dc: Loose): string[] {
  if (!dc) return [];
  const list = (dc.creators as unknown[] | undefined) ?? (dc.creator ? [dc.creator] : []);
  return list.filter((x): x is string => typeof x === 'string' && !!x.trim());
}

function rssItem(it: Record<string, unknown>): FeedItem {
  const content = it.content as Loose;
  const dc = it.dc as Loose;
  const dcAuthors = dcCreators(dc);
  return {
    title: textOf(it.title),
    link: textOf(it.link) ?? textOf((it.guid as Loose)?.value),
    content: textOf(content?.encoded) ?? textOf(it.description),
    published: isoDate(it.pubDate) ?? isoDate(dc?.date),
    authors: dcAuthors.length ? dcAuthors : personNames(it.authors),
  };
}

function atomEntry(e: Record<string, unknown>): FeedItem {
  const links = (e.links as { href?: string; rel?: string }[] | undefined) ?? [];
  const link = links.find((l) => !l.rel || l.rel === 'alternate')?.href ?? null;
  return {
    title: textOf(e.title),
    link,
    content: textOf(e.content) ?? textOf(e.summary),
    published: isoDate(e.published) ?? isoDate(e.updated),
    authors: personNames(e.authors),
  };
}

export function feedItems(parsed: AnyFeed): FeedItem[] {
  const feed = parsed.feed as unknown as Record<string, unknown>;
  if (parsed.format === 'atom') return ((feed.entries as Record<string, unknown>[]) ?? []).map(atomEntry);
  if (parsed.format === 'json') return [];
  return ((feed.items as Record<string, unknown>[]) ?? []).map(rssItem);
}
