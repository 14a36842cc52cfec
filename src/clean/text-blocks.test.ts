import { describe, expect, it } from 'vitest';
import { stripInlineMarkdown, textBlocks } from './text-blocks.js';

describe('textBlocks', () => {
  it('splits on blank lines and strips markdown, keeping link density', () => {
    const blocks = textBlocks(
      '## Heading\n\nBy [Ann Lee](#)\n\n- one item\n- two item\n\nPlain **bold** text here.',
    );
    expect(blocks.map((b) => [b.shape, b.text])).toEqual([
      ['heading', 'Heading'],
      ['paragraph', 'By Ann Lee'],
      ['list-item', 'one item'],
      ['list-item', 'two item'],
      ['paragraph', 'Plain bold text here.'],
    ]);
    expect(blocks[1].linkDensity).toBeGreaterThan(0.5);
  });

  it('treats each line as a paragraph when the text has no blank lines', () => {
    expect(textBlocks('First paragraph here.\nSecond one.\nThird.').map((b) => b.text)).toHaveLength(3);
  });

  it('joins soft-wrapped lines and paragraphs broken before a lower-case word', () => {
    expect(textBlocks('Intro.\n\na line wrapped\nat a fixed width\nwithout stops')).toHaveLength(2);
    const broken = textBlocks(
      'The council wants the plan finished before the rains come to\n\nthe valley this year.',
    );
    expect(broken.map((b) => b.text)).toEqual([
      'The council wants the plan finished before the rains come to the valley this year.',
    ]);
  });

  it('unescapes markdown and unwraps autolinks', () => {
    expect(stripInlineMarkdown('Sold \\$20 billion <https://a.example/x>')).toBe(
      'Sold $20 billion https://a.example/x',
    );
  });
});
