import { describe, expect, it } from 'vitest';
import { blocksOf, parseDocument } from './html-blocks.js';

const blocks = (html: string) => blocksOf(parseDocument(`<html><body>${html}</body></html>`).body as never);

describe('blocksOf', () => {
  it('cuts text at block elements, with shapes and link density', () => {
    const out = blocks(
      '<h2>Plan</h2><p>Text with <a href="/x">a link</a> inside.</p><ul><li><a href="/y">Only link</a></li></ul>',
    );
    expect(out.map((b) => [b.shape, b.text])).toEqual([
      ['heading', 'Plan'],
      ['paragraph', 'Text with a link inside.'],
      ['list-item', 'Only link'],
    ]);
    expect(out[1].linkDensity).toBeGreaterThan(0.2);
    expect(out[1].linkDensity).toBeLessThan(0.5);
    expect(out[2].linkDensity).toBe(1);
  });

  it('keeps a table row together as one block', () => {
    const out = blocks(
      '<table><tr><th>Model</th><th>Price</th></tr><tr><td>Alpha</td><td>$10</td></tr></table>',
    );
    expect(out.map((b) => [b.shape, b.text])).toEqual([
      ['cell', 'Model | Price'],
      ['cell', 'Alpha | $10'],
    ]);
  });

  it('skips hidden containers and marks furniture by class name', () => {
    const out = blocks(
      '<p>Seen <span class="tooltip">card text</span>here.</p><p hidden>gone</p><div class="related-links"><p>Other story</p></div>',
    );
    expect(out.map((b) => b.text)).toEqual(['Seen here.', 'Other story']);
    expect(out[1].hint).toBe('related');
  });
});

describe('parseDocument', () => {
  it('builds a body for markup that starts before <html>', () => {
    const doc = parseDocument('<style>p{}</style><html><body><p>Article text.</p></body></html>');
    expect(doc.body?.textContent).toContain('Article text.');
  });
});
