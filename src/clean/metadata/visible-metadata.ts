// Metadata a page only shows to readers, not in its meta tags: the <h1> headline, a date printed near
// it ("Published Dec 19, 2025"), an author name in an element classed "author" or "byline".
import { authorsFromByline } from './authors.js';
import { findWrittenDate } from './dates.js';

const DATE_CLASS =
  /(?:^|[\s_-])(?:date|time|published|publish|posted|pubdate|timestamp|dateline|entry-meta|post-meta|article-meta|byline)/i;
const UPDATED = /\b(?:updated|modified|edited)\b/i;
const AUTHOR_SELECTOR =
  '[rel="author"], [itemprop="author"], [class*="byline"], [class*="author-name"], [class*="author__name"], [class*="authorName"], a[href*="/author/"], a[href*="/authors/"], [class*="post-author"], [class*="entry-author"]';

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export function headlines(document: Document): string[] {
  return Array.from(document.getElementsByTagName('h1'))
    .map(textOf)
    .filter((t) => t.length > 3 && t.length < 300);
}

/** The first written date in a short element whose class or id says it holds a date. */
export function visibleDate(document: Document): string | null {
  let updated: string | null = null;
  for (const el of Array.from(document.querySelectorAll('time, [class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (el.tagName !== 'TIME' && !DATE_CLASS.test(names)) continue;
    const text = textOf(el);
    if (!text || text.length > 200) continue;
    const found = findWrittenDate(text);
    if (!found) continue;
    if (!UPDATED.test(text)) return found.iso;
    updated ??= found.iso;
  }
  return updated;
}

export function visibleAuthors(document: Document): string[] {
  // The first element that yields names: later ones are often other articles' cards.
  for (const el of Array.from(document.querySelectorAll(AUTHOR_SELECTOR))) {
    const t = textOf(el);
    if (t.length === 0 || t.length > 120) continue;
    const names = authorsFromByline(t);
    if (names.length) return names.slice(0, 5);
  }
  return [];
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The headline readers see: an <h1> that the meta title contains (meta titles add the site name), else
 * the meta title without a trailing " | Site" part.
 */
export function chooseTitle(
  metaTitle: string | null,
  h1s: readonly string[],
  site: string | null,
): string | null {
  const mt = words(metaTitle ?? '').join(' ');
  for (const h of h1s) {
    const hw = words(h).join(' ');
    if (!hw || !mt || hw.split(' ').length < 2) continue;
    if (mt.includes(hw)) return h;
    // An <h1> holding the meta title plus much more ("… Posted on July 1 by …") carries page furniture.
    if (hw.includes(mt)) return hw.split(' ').length - mt.split(' ').length >= 4 ? metaTitle : h;
  }
  // One <h1> sharing words with the meta title is the visible headline, which may be worded differently.
  if (h1s.length === 1 && words(h1s[0]).length >= 3) {
    const hw = words(h1s[0]);
    if (!metaTitle || hw.filter((w) => mt.split(' ').includes(w)).length >= hw.length / 3) return h1s[0];
  }
  if (!metaTitle) return null;
  return stripSiteSuffix(metaTitle, site);
}

export function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return title.trim();
  const last = parts.at(-1) ?? '';
  const siteWords = words(site ?? '').join('');
  const isSite = (siteWords && words(last).join('').includes(siteWords)) || words(last).length <= 4;
  return isSite
    ? title
        .slice(0, title.lastIndexOf(last))
        .replace(/[\s|–—·•»:-]+$/, '')
        .trim()
    : title.trim();
}
