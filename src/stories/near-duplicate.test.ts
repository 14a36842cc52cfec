import { describe, expect, it } from 'vitest';
import { ReprintIndex } from './near-duplicate.js';
import { testDoc } from './test-docs.js';
import { wireCue } from './wire-copy.js';

const ARTICLE = [
  'The harbour authority of Port Elm closed the northern pier on Tuesday after inspectors found cracks',
  'in three of its concrete pylons, stranding two ferries and about forty fishing boats. The mayor said',
  'repairs would cost at least 4 million euros and take until the spring. Ferry passengers were sent',
  'to the southern terminal, where queues stretched for two hours, and the fishermen asked the council',
  'for compensation while their boats cannot land a catch. Engineers blamed salt damage that a survey',
  'had flagged in 2019 without any money being set aside to fix it.',
].join(' ');

const OTHER = [
  'A regional court in Lindholm acquitted the former director of the water utility of embezzlement,',
  'ruling that prosecutors had not shown he knew about the inflated invoices paid to a pipe supplier.',
  'The prosecution said it would appeal within the month.',
].join(' ');

describe('ReprintIndex', () => {
  it('calls a text with no earlier copy, note or wire cue an original of its own', () => {
    const index = new ReprintIndex();
    const fp = index.register('a', testDoc(ARTICLE));
    expect(fp.origin).toMatchObject({ kind: 'original', key: 'doc:a' });
  });

  it('counts 200 copies of one article under different URLs as one origin', () => {
    const index = new ReprintIndex();
    const keys = new Set<string>();
    let last = null;
    for (let i = 0; i < 200; i++) {
      const footer = i % 2 ? `Share this story. Copy ${i}.` : `Read more at site number ${i}.`;
      last = index.register(
        `copy-${i}`,
        testDoc(`${ARTICLE} ${footer}`, { url: `https://site${i}.example/story` }),
      );
      keys.add(last.origin.key);
    }
    expect(keys).toEqual(new Set(['doc:copy-0']));
    expect(last?.origin).toMatchObject({ kind: 'near-duplicate', copyOf: expect.stringMatching(/^copy-/) });
    expect(last?.origin.reason).toMatch(/shingle Jaccard ≈ 0\.\d\d/);
  });

  it('finds a copy of a document restored from its stored fingerprint, with its origin key', () => {
    const first = new ReprintIndex();
    const stored = JSON.parse(
      JSON.stringify(first.register('o', testDoc(ARTICLE, { outlet: 'The Lindholm Courier' }))),
    );
    const again = new ReprintIndex();
    again.restore(stored);
    expect(again.register('r', testDoc(`${ARTICLE} Share this story.`)).origin).toMatchObject({
      kind: 'near-duplicate',
      copyOf: 'o',
      key: stored.origin.key,
      outlet: 'The Lindholm Courier',
    });
  });

  it('keeps only the most recently indexed maxDocs fingerprints: an older original is forgotten', () => {
    const index = new ReprintIndex({ maxDocs: 3 });
    index.register('old', testDoc(ARTICLE));
    const fillers = ['A', 'B', 'C'].map(
      (x) => `${OTHER} Filler story ${x} ${x} ${x} has its own long tail of words.`,
    );
    for (const [i, text] of fillers.entries()) index.register(`f${i}`, testDoc(`${i} ${text} ${i}`));
    expect(index.size).toBe(3);
    expect(index.register('late', testDoc(ARTICLE)).origin).toMatchObject({
      kind: 'original',
      key: 'doc:late',
    });
    // Below the bound the same copy is found.
    const roomy = new ReprintIndex({ maxDocs: 5 });
    roomy.register('old', testDoc(ARTICLE));
    for (const [i, text] of fillers.entries()) roomy.register(`f${i}`, testDoc(`${i} ${text} ${i}`));
    expect(roomy.register('late', testDoc(ARTICLE)).origin).toMatchObject({ copyOf: 'old' });
  });

  it('keeps a different article apart', () => {
    const index = new ReprintIndex();
    index.register('a', testDoc(ARTICLE));
    expect(index.register('b', testDoc(OTHER)).origin).toMatchObject({ kind: 'original', key: 'doc:b' });
  });

  it('finds a cut-down reprint by containment', () => {
    const index = new ReprintIndex();
    index.register('full', testDoc(`${ARTICLE} ${OTHER}`));
    expect(index.register('cut', testDoc(ARTICLE)).origin).toMatchObject({
      kind: 'near-duplicate',
      copyOf: 'full',
    });
  });

  it('credits a reprint with a syndication note to the outlet named, whatever its short form', () => {
    const index = new ReprintIndex();
    const fp = index.register('r', testDoc(OTHER, { syndicatedFrom: 'RFE/RL', outlet: 'Some Blog' }));
    expect(fp.origin).toMatchObject({ kind: 'syndication', outlet: 'Radio Free Europe/Radio Liberty' });
    expect(fp.origin.key).toBe('outlet:radio free europe/radio liberty');
    expect(fp.origin.reason).toContain('syndication note');
  });

  it('gives a reprint the key of its original when the original is already stored', () => {
    const index = new ReprintIndex();
    const original = index.register('o', testDoc(ARTICLE, { outlet: 'The Lindholm Courier' }));
    const reprint = index.register(
      'r',
      testDoc(ARTICLE, { syndicatedFrom: 'Lindholm Courier', outlet: 'Other Site' }),
    );
    expect(reprint.origin.key).toBe(original.origin.key);
    expect(reprint.origin.reason).toContain('syndication note names Lindholm Courier');
  });

  it('credits wire copy to the agency in its dateline', () => {
    const index = new ReprintIndex();
    const fp = index.register(
      'w',
      testDoc(`PORT ELM, Norland (Reuters) - ${OTHER}`, { outlet: 'Daily Somewhere' }),
    );
    expect(fp.origin).toMatchObject({ kind: 'wire', outlet: 'Reuters', key: 'outlet:reuters' });
    const ap = index.register('w2', testDoc(`LINDHOLM (AP) — ${ARTICLE}`));
    expect(ap.origin).toMatchObject({ kind: 'wire', outlet: 'Associated Press' });
  });
});

describe('wireCue', () => {
  it("reads Reuters' sign-off line and an agency byline", () => {
    const signoff = testDoc(`${OTHER}\n\nReporting by Ann Example; Editing by Bob Sample`);
    expect(wireCue(signoff)).toMatchObject({ agency: 'Reuters', cue: 'wire-signoff' });
    const byline = testDoc(OTHER, { authors: ['Associated Press'] });
    expect(wireCue(byline)).toMatchObject({ agency: 'Associated Press', cue: 'wire-byline' });
  });

  it('does not take a plain upper-case opening for a wire dateline', () => {
    expect(wireCue(testDoc(`BREAKING - ${OTHER}`))).toBeNull();
  });
});
