import { describe, expect, it } from 'vitest';
import { claimantKey } from './attribution.js';
import type { ClaimDoc } from './claim-types.js';
import { articleOrigin, mentionOrigin, wireCredit } from './origin.js';

const meta = (outlet: string | null, syndicatedFrom: string | null = null) => ({ outlet, syndicatedFrom });

describe('independent origins', () => {
  it('puts two outlets running one wire story under the wire', () => {
    const a = {
      text: 'LIMA (Reuters) - Peru’s congress voted on Friday to remove the president.',
      removed: [],
    };
    const b = {
      text: 'Peru’s congress voted on Friday to remove the president.',
      removed: [{ text: 'Reporting by Reuters staff', reason: 'credit' as const, at: 0 }],
    };
    expect(wireCredit(a)).toBe('Reuters');
    expect(articleOrigin('a', meta('Lima Post'), null, wireCredit(a)).key).toBe(
      articleOrigin('b', meta('Andes Daily'), null, wireCredit(b)).key,
    );
  });

  it('gives a syndicated reprint the original publisher, and a near-duplicate its original’s origin', () => {
    expect(articleOrigin('r', meta('Some Site', 'Radio Free Europe/Radio Liberty'), null).name).toBe(
      'Radio Free Europe/Radio Liberty',
    );
    const original = { origin: 'o:lima post', originName: 'Lima Post' } as ClaimDoc;
    expect(articleOrigin('copy', meta('Mirror'), original)).toEqual({
      key: 'o:lima post',
      name: 'Lima Post',
    });
  });

  it('lets a credited claimant outrank the article, with short outlet names normalized', () => {
    const article = articleOrigin('x', meta(null), null);
    expect(article.key).toBe('d:x');
    const post = mentionOrigin(article, {
      name: 'The Washington Post',
      key: claimantKey('the Post'),
      cue: 'according to',
    });
    expect(post.key).toBe(`o:${claimantKey('The Washington Post')}`);
  });
});
