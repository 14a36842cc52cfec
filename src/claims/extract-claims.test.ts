import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../clean/clean-article.js';
import { analyzeDoc } from '../pipeline/analyze.js';
import { extractClaims } from './extract-claims.js';

function analysed(text: string) {
  const bytes = new TextEncoder().encode(text);
  const raw = {
    source: 'test.txt',
    bytes,
    sha256: '',
    fetchedAt: '2030-01-01T00:00:00Z',
    contentType: 'text/plain',
  };
  return analyzeDoc(cleanArticle({ raw, html: null, text, hints: {} }));
}

const TEXT = [
  'Chile Weighs Its Options',
  '',
  'Chile bought 12 helicopters from Germany in 2019, the defence ministry said on Monday.',
  '',
  'Will Santiago buy more aircraft from Berlin next year?',
  '',
  'According to The Daily Courier, President Michelle Bachelet wrote to Chancellor Olaf Scholz in May asking for spare parts.',
  '',
  'Germany reportedly sold Chile artillery worth $300 million in 2021.',
].join('\n');

describe('extractClaims', () => {
  const doc = analysed(TEXT);
  const claims = extractClaims('d1', doc);
  const find = (word: string) => claims.find((c) => c.text.includes(word));

  it('takes report sentences and leaves out questions and headings', () => {
    expect(find('helicopters')).toBeDefined();
    expect(find('Will Santiago')).toBeUndefined();
    expect(claims.some((c) => c.text.startsWith('Chile Weighs'))).toBe(false);
  });

  it('gives predicate, figures, time and evidence offsets', () => {
    const c = find('helicopters')!;
    expect(c.predicate).toBe('supply');
    expect(doc.text.slice(c.start, c.end)).toBe(c.text);
    const money = find('artillery')!.values.find((v) => v.kind === 'MONEY');
    expect(money?.amount).toBe(300_000_000);
    expect(find('artillery')!.times.some((t) => t.startsWith('2021'))).toBe(true);
  });

  it('records the claimant an attribution credits, and hedging', () => {
    expect(find('spare parts')!.claimant?.key).toMatch(/daily courier/);
    expect(find('artillery')!.modality).toBe('hedged');
    expect(find('helicopters')!.modality).toBe('asserted');
  });
});
