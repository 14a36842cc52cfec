// Metadata extraction on the team's gold sets (title, author, date): floors just under the figures
// measured with `dossier eval metadata`, so a regression fails here. Skips when the data is absent.
import { describe, expect, it } from 'vitest';
import { evalMetadata } from '../eval/extract-metadata-eval.js';
import { sharedPath } from './shared.js';

const data = sharedPath('data', 'article-metadata');

describe.skipIf(!data)('metadata extraction on article-metadata', () => {
  it('finds titles, authors and dates at the measured level, and rarely invents one', () => {
    const r = evalMetadata(data ?? '');
    const wcxb = r['wcxb-articles'];
    expect(wcxb.title.accuracy).toBeGreaterThan(0.88);
    expect(wcxb.author.accuracy).toBeGreaterThan(0.62);
    expect(wcxb.author.precision).toBeGreaterThan(0.8);
    expect(wcxb.date.f).toBeGreaterThan(0.78);
    const mc = r['htmldate-mediacloud'];
    expect(mc.date.f).toBeGreaterThan(0.87);
    expect(mc.date.precision).toBeGreaterThan(0.9);
  });
});
