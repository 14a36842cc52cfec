// Metadata the body itself states, read from the blocks cleaning removed: the title line, the byline
// ("By [Name](#)"), a date line, a syndication note ("originally published by X"), an "Original url"
// line. Plain-text articles carry their metadata only this way.
import type { DocMeta, FoundIn } from '../../doc/index.js';
import { syndicationSource } from '../cues.js';
import type { Classified } from '../segment-classifier.js';
import { authorsFromByline } from './authors.js';
import { findWrittenDate, isoFromUrl } from './dates.js';

export function blockMetadata(blocks: readonly Classified[]): Partial<DocMeta> {
  const out: Partial<DocMeta> = {};
  const removed = blocks.filter((b) => b.reason !== null);
  const title = removed.find((b) => b.reason === 'title');
  if (title) out.title = title.text;
  const bylines = removed.filter((b) => b.reason === 'byline');
  const authors = bylines.flatMap((b) => authorsFromByline(b.text));
  if (authors.length) out.authors = [...new Set(authors)];
  const date = firstDate(removed);
  if (date) {
    out.published = date.iso;
    out.publishedFrom = date.from;
  }
  for (const b of removed.filter((r) => r.reason === 'syndication')) {
    const source = syndicationSource.map((p) => b.text.match(p)?.groups?.source).find(Boolean);
    if (source) {
      out.syndicatedFrom = source.trim().replace(/^the\s+(?=\p{Lu})/iu, '');
      break;
    }
  }
  const url = removed.flatMap((b) =>
    b.reason === 'url' ? (b.text.match(/https?:\/\/[^\s<>]+/) ?? []) : [],
  )[0];
  if (url) out.canonicalUrl = url;
  if (!out.published && url) {
    const fromUrl = isoFromUrl(url);
    if (fromUrl) {
      out.published = fromUrl;
      out.publishedFrom = 'url';
    }
  }
  return out;
}

function firstDate(removed: readonly Classified[]): { iso: string; from: FoundIn } | null {
  for (const reason of ['dateline', 'byline'] as const) {
    for (const b of removed.filter((r) => r.reason === reason)) {
      const found = findWrittenDate(b.text);
      if (found) return { iso: found.iso, from: reason };
    }
  }
  return null;
}
