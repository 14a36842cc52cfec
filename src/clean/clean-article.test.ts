import { describe, expect, it } from 'vitest';
import type { RawInput } from '../doc/index.js';
import { DossierError } from '../errors.js';
import { cleanArticle } from './clean-article.js';

const raw: RawInput = {
  source: 'test',
  bytes: new Uint8Array(),
  sha256: '',
  fetchedAt: '2031-05-05T10:00:00Z',
  contentType: null,
};
const para = (n: number, topic = 'harbour') =>
  `The ${topic} authority said on Tuesday that the new pier would open next spring after ${n} months of delays, according to officials who spoke at the council meeting.`;

const page = `<!doctype html><html lang="en-GB"><head>
<title>Pier to open next spring | Coastal Gazette</title>
<meta property="og:title" content="Pier to open next spring">
<meta property="og:site_name" content="Coastal Gazette">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
<link rel="canonical" href="https://gazette.example/news/2024/03/05/pier">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier to open next spring","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}]}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Pier to open next spring</h1>
<p class="byline">By Ann Lee and Bo Chen</p>
<p>${para(14)}</p>
<figure><img src="p.jpg"><figcaption>The old pier in 2019. Photo: Jane Roe / Gazette</figcaption></figure>
<p>${para(3)}</p>
<h2>What comes next</h2>
<p>${para(7)}</p>
<p><strong>Related:</strong> <a href="/x">Council approves harbour budget</a></p>
<p>${para(9)}</p>
<p>Sign up for our newsletter to get the latest updates in your inbox.</p>
</article>
<footer><p>© 2024 Coastal Gazette. All rights reserved.</p></footer>
</body></html>`;

describe('cleanArticle on HTML', () => {
  const doc = cleanArticle({
    raw,
    html: page,
    text: null,
    hints: { url: 'https://gazette.example/news/2024/03/05/pier' },
  });

  it('keeps body paragraphs and sub-headings, separated by blank lines', () => {
    const labels = doc.layers.segments.map((s) => s.label);
    expect(labels).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(doc.text.split('\n\n')).toHaveLength(5);
    expect(doc.text.startsWith('The harbour authority said')).toBe(true);
    expect(doc.text).not.toMatch(/Photo:|Related|newsletter|All rights reserved|Home/);
  });

  it('records what it removed, with reasons and positions', () => {
    const byReason = Object.fromEntries(doc.removed.map((r) => [r.reason, r]));
    // Readability itself drops the headline and the byline it reads; the rest is classified here.
    expect(Object.keys(byReason)).toEqual(['caption', 'related', 'promo']);
    const caption = byReason.caption;
    expect(doc.text.slice(0, caption.at)).toContain('14 months');
    expect(doc.text.slice(caption.at)).toContain('3 months');
  });

  it('reads metadata from meta tags and JSON-LD, never the fetch time', () => {
    expect(doc.meta.title).toBe('Pier to open next spring');
    expect(doc.meta.authors).toEqual(['Ann Lee', 'Bo Chen']);
    expect(doc.meta.published).toBe('2024-03-05T08:30:00Z');
    expect(doc.meta.publishedFrom).toBe('meta');
    expect(doc.meta.outlet).toBe('Coastal Gazette');
    expect(doc.meta.canonicalUrl).toBe('https://gazette.example/news/2024/03/05/pier');
    expect(doc.meta.language).toBe('en');
    expect(doc.meta.genre).toBe('report');
  });
});

describe('cleanArticle on text', () => {
  it('reads markdown leftovers: title line, linked byline, date line, bold credit', () => {
    const text = [
      'Harbour Pier Opens After Long Delay',
      '',
      'By [Ann Lee](#)',
      '',
      'March 5, 2024',
      '',
      'Workers finish the deck of the new pier on Monday. **JANE ROE / GAZETTE**',
      '',
      para(14),
      '',
      para(3),
    ].join('\n');
    const doc = cleanArticle({ raw, html: null, text, hints: {} });
    expect(doc.meta).toMatchObject({
      title: 'Harbour Pier Opens After Long Delay',
      authors: ['Ann Lee'],
      published: '2024-03-05',
      publishedFrom: 'dateline',
    });
    expect(doc.removed.map((r) => r.reason)).toEqual(['title', 'byline', 'dateline', 'caption']);
    expect(doc.layers.segments).toHaveLength(2);
  });

  it('takes metadata the reader already knew (hints) over what it finds', () => {
    const doc = cleanArticle({
      raw,
      html: null,
      text: `${para(1)}\n\n${para(2)}`,
      hints: { title: 'From the feed', outlet: 'Feed Outlet' },
    });
    expect(doc.meta.title).toBe('From the feed');
    expect(doc.meta.outlet).toBe('Feed Outlet');
    expect(doc.meta.published).toBeNull();
  });

  it('throws NO_CONTENT when nothing article-like remains', () => {
    const attempt = () =>
      cleanArticle({
        raw,
        html: '<html><body><nav><a href="/">Home</a></nav></body></html>',
        text: null,
        hints: {},
      });
    expect(attempt).toThrow(DossierError);
    try {
      attempt();
    } catch (err) {
      expect((err as DossierError).code).toBe('NO_CONTENT');
    }
  });
});
