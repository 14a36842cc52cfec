import { describe, expect, it } from 'vitest';
import { articleFromJson, jsonFeedItems } from './json-article.js';

describe('articleFromJson', () => {
  it('reads the plain shape with its metadata', () => {
    const parts = articleFromJson({
      title: 'A title',
      html: '<p>Body</p>',
      url: 'https://x.example/a',
      published: '2026-02-01',
      author: ['Ann One', 'Bo Two'],
      outlet: 'X News',
    });
    expect(parts).toEqual({
      html: '<p>Body</p>',
      text: null,
      hints: {
        title: 'A title',
        url: 'https://x.example/a',
        published: '2026-02-01',
        publishedFrom: 'input',
        authors: ['Ann One', 'Bo Two'],
        outlet: 'X News',
      },
    });
  });

  it('finds a NewsArticle among other JSON-LD nodes, with typed authors and publisher', () => {
    const parts = articleFromJson([
      { '@type': 'BreadcrumbList' },
      {
        '@type': ['NewsArticle'],
        headline: 'Headline',
        articleBody: 'Body text.',
        author: { '@type': 'Person', name: 'Cy Three' },
        publisher: { name: 'Y Times' },
        url: 'https://y.example/b',
        inLanguage: 'en',
      },
    ]);
    expect(parts?.text).toBe('Body text.');
    expect(parts?.hints).toMatchObject({
      title: 'Headline',
      authors: ['Cy Three'],
      outlet: 'Y Times',
      language: 'en',
    });
  });

  it('reads JSON Feed items like the plain shape', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          title: 'I',
          content_text: 'Body.',
          date_published: '2026-01-02T03:04:05Z',
          authors: [{ name: 'Di' }],
        },
      ],
    };
    expect(jsonFeedItems(feed)).toHaveLength(1);
    expect(jsonFeedItems({ items: [] })).toBeNull();
    expect(articleFromJson(jsonFeedItems(feed)![0])).toMatchObject({
      text: 'Body.',
      hints: { title: 'I', authors: ['Di'], published: '2026-01-02T03:04:05Z' },
    });
  });

  it('returns null when there is no article text, and leaves unparseable dates out', () => {
    expect(articleFromJson({ title: 'only a title' })).toBeNull();
    expect(articleFromJson(42)).toBeNull();
    expect(articleFromJson({ text: 'Body', published: 'sometime soon' })?.hints.published).toBeUndefined();
  });
});
