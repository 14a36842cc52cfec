// The reader's highlighting: overlapping layers become flat runs, removed blocks land at their offsets, and
// the runs put together give back the text exactly.
import { describe, expect, it } from 'vitest';
import { segment } from '../web/src/lib/segments.js';

const text = 'Mayor Ana Ruiz said on Monday that the pier reopens.';
const span = (start: number, end: number, label: string) => ({ start, end, label, prov: {} });
const layers = {
  entities: [span(6, 14, 'PERSON')],
  timex: [span(23, 29, 'DATE')],
  quotes: [span(0, 52, 'QUOTE_INDIRECT')],
};

describe('segment', () => {
  it('cuts at every span boundary and keeps overlapping marks together', () => {
    const pieces = segment(text, layers, ['entities', 'timex', 'quotes']);
    const texts = pieces.map((p) => (p.kind === 'text' ? p.text : ''));
    expect(texts.join('')).toBe(text);
    const ruiz = pieces.find((p) => p.kind === 'text' && p.text === 'Ana Ruiz');
    expect(ruiz?.kind === 'text' && ruiz.marks.map((m) => m.layer).sort()).toEqual(['entities', 'quotes']);
    const monday = pieces.find((p) => p.kind === 'text' && p.text === 'Monday');
    expect(monday?.kind === 'text' && monday.marks.map((m) => m.layer).sort()).toEqual(['quotes', 'timex']);
  });

  it('shows only the chosen layers and drops spans outside the text', () => {
    const pieces = segment(text, { ...layers, bad: [span(40, 99, 'X')] }, ['timex', 'bad']);
    const marked = pieces.filter((p) => p.kind === 'text' && p.marks.length > 0);
    expect(marked.map((p) => (p.kind === 'text' ? p.text : ''))).toEqual(['Monday']);
  });

  it('places removed blocks at their offsets, in order, including the very end', () => {
    const removed = [
      { text: 'Photo: AP', reason: 'caption', at: 0 },
      { text: 'Subscribe', reason: 'promo', at: text.length },
      { text: 'Related: …', reason: 'related', at: 20 },
    ];
    const pieces = segment(text, {}, [], removed);
    expect(pieces.map((p) => (p.kind === 'removed' ? p.block.reason : p.text))).toEqual([
      'caption',
      text.slice(0, 20),
      'related',
      text.slice(20),
      'promo',
    ]);
  });
});
