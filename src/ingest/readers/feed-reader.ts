// RSS 2.0, RDF and Atom feeds (parsed by feedsmith). An item that carries its full text becomes an
// article; with --follow each item's link is fetched (under the URL safety rules) and read as a page.
import { parseFeed } from 'feedsmith';
import { wordCount } from '../../doc/index.js';
import { DossierError, errorMessage } from '../../errors.js';
import { decodeText } from '../decode-text.js';
import { makeRaw } from '../raw-input.js';
import type { Article, InputBlob, ReadContext, Reader, Rejection } from '../reader.js';
import { extensionOf, mediaType } from './blob-hints.js';
import { type FeedItem, feedItems } from './feed-items.js';

const feedTypes = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);
const feedRoot =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss\b|feed\b|rdf:RDF\b)/i;

/** Below this many words an item's body is taken as a summary, not the article. */
export const FULL_CONTENT_WORDS = 60;

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

/** Feed content is a fragment; cleaning expects a page, so it gets a minimal one around it. */
function asPage(item: FeedItem, content: string): string {
  const title = (item.title ?? '').replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  return `<!doctype html><html><head><title>${title}</title></head><body><article>${content}</article></body></html>`;
}

/** Item links relative to a fetched feed resolve against its URL; anything unparseable is dropped. */
function absolute(link: string | null, feedSource: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, /^https?:\/\//i.test(feedSource) ? feedSource : undefined).href;
  } catch {
    return null;
  }
}

function hintsOf(item: FeedItem) {
  return {
    ...(item.title ? { title: item.title } : {}),
    ...(item.link ? { url: item.link } : {}),
    ...(item.authors.length ? { authors: item.authors } : {}),
    ...(item.published ? { published: item.published, publishedFrom: 'feed' as const } : {}),
  };
}

async function followed(item: FeedItem, ctx: ReadContext): Promise<Article> {
  const page = await ctx.fetch(item.link!);
  const { text } = decodeText(page.bytes, page.contentType);
  return {
    raw: makeRaw(page.source, page.bytes, page.fetchedAt, page.contentType),
    html: text,
    text: null,
    hints: hintsOf(item),
  };
}

export const feedReader: Reader = {
  name: 'feed',
  accepts(blob, head) {
    const ext = extensionOf(blob.source);
    return (
      feedRoot.test(head) || feedTypes.has(mediaType(blob.contentType)) || ext === 'rss' || ext === 'atom'
    );
  },
  async *read(blob: InputBlob, ctx: ReadContext): AsyncIterable<Article | Rejection> {
    const { text } = decodeText(blob.bytes, blob.contentType);
    let items: FeedItem[];
    try {
      items = feedItems(parseFeed(text)).map((item) => ({ ...item, link: absolute(item.link, blob.source) }));
    } catch (err) {
      throw new DossierError(
        'MALFORMED_INPUT',
        `${blob.source}: not a readable RSS or Atom feed (${errorMessage(err)})`,
      );
    }
    if (items.length === 0) throw new DossierError('NO_CONTENT', `${blob.source}: the feed has no items`);
    for (const [i, item] of items.entries()) {
      const source = `${blob.source}#${i + 1}`;
      const full =
        item.content && wordCount(stripTags(item.content)) >= FULL_CONTENT_WORDS ? item.content : null;
      if (ctx.follow && item.link) {
        try {
          yield await followed(item, ctx);
          continue;
        } catch (err) {
          if (!full) {
            const code = err instanceof DossierError ? err.code : 'FETCH_FAILED';
            yield { source, code, reason: `${source}: following ${item.link} failed: ${errorMessage(err)}` };
            continue;
          }
        }
      }
      if (full) {
        const bytes = new TextEncoder().encode(full);
        yield {
          raw: makeRaw(source, bytes, blob.fetchedAt, 'text/html'),
          html: asPage(item, full),
          text: null,
          hints: hintsOf(item),
        };
      } else {
        const hint = item.link ? '; add --follow to fetch the article from its link' : '';
        yield { source, code: 'NO_CONTENT', reason: `${source}: the item carries only a summary${hint}` };
      }
    }
  },
};
