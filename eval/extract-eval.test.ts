// The extraction benchmark's dev half as a regression floor: F1 must stay at or above the 0.96 target
// (Readability alone scores about 0.950). Skips when the team's data folder is absent.
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../test/shared.js';
import { evalExtract } from './extract-eval.js';

const data = sharedPath('data', 'article-extraction', 'dev');

describe.skipIf(!data)('eval extract on the dev half', () => {
  it('scores F1 ≥ 0.96 with precision and recall both ≥ 0.95', () => {
    const r = evalExtract(data ?? '');
    expect(r.score.pages).toBe(91);
    expect(r.score.f1).toBeGreaterThanOrEqual(0.96);
    expect(r.score.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.score.recall).toBeGreaterThanOrEqual(0.95);
  });
});
