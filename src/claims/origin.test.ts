import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../doc/index.js';
import { ReprintIndex } from '../stories/index.js';
import { articleOrigin, mentionOrigin } from './origin.js';

const doc = (text: string, meta: Partial<ReturnType<typeof emptyMeta>> = {}) => ({
  text,
  meta: { ...emptyMeta(), ...meta },
  removed: [],
});

const STORY =
  'Peru’s congress voted on Friday to remove the president after a week of protests in Lima, and the speaker of the house was sworn in as interim leader before midnight, officials said.';

describe('independent origins', () => {
  it('gives a copy the origin of the article it copies, and a reprint its original publisher', () => {
    const index = new ReprintIndex();
    const first = articleOrigin('a', index.register('a', doc(STORY, { outlet: 'Lima Post' })).origin);
    const copy = articleOrigin(
      'b',
      index.register('b', doc(`${STORY} Shared from lima-post.example.`, { outlet: 'Aggregator' })).origin,
    );
    expect(copy).toEqual(first);
    const reprint = index.register(
      'c',
      doc('A different text entirely about markets in Chile.', { syndicatedFrom: 'Reuters' }),
    );
    expect(articleOrigin('c', reprint.origin).name).toBe('Reuters');
  });

  it('makes an article with no outlet its own origin, and lets a credited source outrank it', () => {
    const article = articleOrigin('x', new ReprintIndex().register('x', doc(STORY)).origin);
    expect(article.key).toBe('doc:x');
    const credited = mentionOrigin(article, {
      name: 'The Washington Post',
      key: 'outlet:washington post',
      cue: 'according-to',
      start: 0,
      end: 0,
    });
    expect(credited).toEqual({ key: 'outlet:washington post', name: 'The Washington Post' });
  });
});
