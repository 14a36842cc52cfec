import { describe, expect, it } from 'vitest';
import type { Block } from './block.js';
import { classifySegments, headingLike } from './segment-classifier.js';

const p = (text: string, extra: Partial<Block> = {}): Block => ({
  text,
  shape: 'paragraph',
  linkDensity: 0,
  ...extra,
});
const body = (topic: string) =>
  `The committee on ${topic} met again on Thursday and agreed that the budget for the ${topic} programme would rise next year, members said.`;

describe('classifySegments', () => {
  it('labels furniture by cue and keeps body paragraphs', () => {
    const blocks = [
      p('By Maria Gomez'),
      p('Updated 10:45, Tue, Nov 19, 2019'),
      p(body('roads')),
      p('Read more: Council votes on roads plan'),
      p('(Image: Getty Images)'),
      p(body('rail')),
      p('Advertisement'),
      p('The views expressed here do not necessarily reflect the position of this newspaper.'),
      p('This story was originally published by The Valley Times and is reprinted with permission.'),
      p('https://example.org/story'),
    ];
    const out = classifySegments(blocks, { mode: 'html' });
    expect(out.map((c) => c.label ?? c.reason)).toEqual([
      'byline',
      'dateline',
      'paragraph',
      'related',
      'credit',
      'paragraph',
      'promo',
      'disclaimer',
      'syndication',
      'url',
    ]);
  });

  it('removes link-only lines, and the short link run after a "Related" header', () => {
    const blocks = [
      p(body('water')),
      p('You may also like'),
      p('Ten rivers to visit', { linkDensity: 1 }),
      p('Why dams fail', { linkDensity: 1 }),
      p(body('power')),
    ];
    const out = classifySegments(blocks, { mode: 'html' });
    expect(out.map((c) => c.label ?? c.reason)).toEqual([
      'paragraph',
      'related',
      'related',
      'related',
      'paragraph',
    ]);
  });

  it('in plain text, takes a short first line as the title and short lines before paragraphs as headings', () => {
    const blocks = [p('Budget Talks Resume'), p(body('schools')), p('What Happens Next'), p(body('health'))];
    const out = classifySegments(blocks, { mode: 'text' });
    expect(out.map((c) => c.label ?? c.reason)).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
  });

  it('drops a heading that has no body under it', () => {
    const blocks = [
      p(body('parks')),
      { ...p('Most read'), shape: 'heading' as const },
      p('Ten rivers', { linkDensity: 1 }),
    ];
    const out = classifySegments(blocks, { mode: 'html' });
    expect(out[1].label).toBeNull();
  });

  it('removes an unrelated wire lede stuck to the end', () => {
    const blocks = [
      p(body('fisheries')),
      p(body('fisheries quotas')),
      p(body('fisheries boats')),
      p(body('fisheries ports')),
      p(
        'NAIROBI – Marathon organisers unveiled a new course through the national park on Sunday, promising faster times for elite runners and',
      ),
    ];
    const out = classifySegments(blocks, { mode: 'text' });
    expect(out.map((c) => c.label ?? c.reason)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'unrelated-lede',
    ]);
  });

  it('keeps a closing paragraph that shares the article’s words', () => {
    const blocks = [
      p(body('fisheries')),
      p(body('fisheries quotas')),
      p(body('fisheries boats')),
      p(`PARIS – ${body('fisheries')}`),
    ];
    expect(classifySegments(blocks, { mode: 'text' }).every((c) => c.label === 'paragraph')).toBe(true);
  });
});

describe('classifySegments, closing furniture', () => {
  it('removes a run of three headings with no text between them, and a closing author note', () => {
    const h = (text: string): Block => ({ ...p(text), shape: 'heading' });
    const blocks = [
      p(body('ports')),
      h('What the deal means'),
      p(body('wages')),
      h('Dockers vote to end strike'),
      h('Shipping rates fall again'),
      h('New cranes arrive in Rotterdam'),
      p(body('cranes')),
      h('Lena Ortiz'),
      p('Lena Ortiz is a freelance reporter covering trade and shipping from Lisbon.'),
    ];
    const out = classifySegments(blocks, { mode: 'html' });
    expect(out.map((c) => c.label ?? c.reason)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'related',
      'related',
      'related',
      'paragraph',
      'byline',
      'byline',
    ]);
  });
});

describe('headingLike', () => {
  it('accepts short unpunctuated lines and questions, rejects sentences', () => {
    expect(headingLike('Levers And Limitations')).toBe(true);
    expect(headingLike('Why did the talks fail?')).toBe(true);
    expect(headingLike('It may happen again.')).toBe(false);
    expect(headingLike('lower case start')).toBe(false);
  });
});
