import { describe, expect, it } from 'vitest';
import { bilouToSpans, iobToSpans, LABELS, spansToBilou, spansToIob2 } from './ner-labels.js';

describe('ner labels', () => {
  it('reads IOB1 and IOB2 chunks as conlleval does', () => {
    // IOB1: B- only between two adjacent entities of one type; an I- after O opens a chunk.
    expect(iobToSpans(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 2, end: 3, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });

  it('round-trips spans through BILOU and writes IOB2', () => {
    const spans = [
      { start: 0, end: 1, type: 'LOC' },
      { start: 2, end: 5, type: 'ORG' },
    ];
    const bilou = spansToBilou(6, spans);
    expect(bilou.map((l) => LABELS[l])).toEqual(['U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(bilouToSpans(bilou)).toEqual(spans);
    expect(spansToIob2(6, spans)).toEqual(['B-LOC', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });
});
