// Store contract, part 2: full-text search — titles and clean text, ranking, pagination, folding of
// case and diacritics, and user input that is never parsed as query syntax.
import { expect, it } from 'vitest';
import type { ContractContext } from './contract.js';
import { makeDoc, numberedDocs, richDoc } from './contract-fixtures.js';

export function runSearchContract({ fresh }: ContractContext) {
  it('searches clean text and titles with snippets, ranked, paginated', async () => {
    const s = await fresh();
    const rich = await s.addDocument(richDoc());
    for (const d of numberedDocs(5)) await s.addDocument(d);
    const hits = await s.search('Caracas');
    expect(hits.map((h) => h.id)).toEqual([rich.id]);
    expect(hits[0]!.title).toBe('Envoy visits Caracas');
    expect(hits[0]!.snippet).toContain('Caracas');
    expect(typeof hits[0]!.score).toBe('number');
    expect(await s.search('envoy minister')).toHaveLength(1);
    expect(await s.search('envoy harbour')).toHaveLength(0);
    const strike = await s.search('harbour strike');
    expect(strike).toHaveLength(5);
    const page = await s.search('harbour strike', { limit: 2, offset: 1 });
    expect(page.map((h) => h.id)).toEqual(strike.slice(1, 3).map((h) => h.id));
    expect((await s.search('visits')).map((h) => h.id)).toEqual([rich.id]);
  });

  it('folds case and diacritics', async () => {
    const s = await fresh();
    const { id } = await s.addDocument(makeDoc('Nicolás Maduro spoke to São Paulo reporters.'));
    expect((await s.search('nicolas')).map((h) => h.id)).toEqual([id]);
    expect((await s.search('SAO PAULO')).map((h) => h.id)).toEqual([id]);
    expect((await s.search('Nicolás')).map((h) => h.id)).toEqual([id]);
  });

  it('treats query syntax characters as plain text and never throws', async () => {
    const s = await fresh();
    await s.addDocument(
      makeDoc('The "deal" was signed: NEAR the border, AND not OR elsewhere; col:umn 50% * (x)'),
    );
    for (const q of [
      '"',
      '"deal',
      'deal"*',
      'NEAR(',
      'col:umn',
      '-',
      "it's",
      'AND OR NOT',
      '*',
      '()',
      '%',
      '\\',
      '',
    ]) {
      await expect(s.search(q)).resolves.toBeInstanceOf(Array);
    }
    expect(await s.search('"deal"')).toHaveLength(1);
    expect(await s.search('border AND')).toHaveLength(1);
    expect(await s.search('')).toEqual([]);
  });
}
