import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../clean/clean-article.js';
import { analyzeDoc } from '../pipeline/analyze.js';
import { findStances } from './find-stances.js';
import { sentenceTone } from './tone.js';

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

describe('findStances', () => {
  const doc = analysed(
    [
      'French troops raided the port of Tartus on Sunday.',
      '',
      'The Spanish Foreign Ministry condemned the raid as a violation of international law.',
      '',
      'Since the operation, President Emmanuel Macron has remained silent.',
      '',
      'Germany welcomed the operation in a short statement.',
      '',
      'Italy condemned the new budget rules on Monday.',
    ].join('\n'),
  );
  const stances = findStances('d', doc);
  const of = (name: RegExp) => stances.filter((s) => name.test(s.actor)).map((s) => s.stance);

  it('finds condemnation, support and silence with the actor who holds them', () => {
    expect(of(/Foreign Ministry/)).toEqual(['condemn']);
    expect(of(/Macron/)).toEqual(['silent']);
    expect(of(/Germany/)).toEqual(['support']);
  });

  it('ignores stances in sentences that do not refer to an event', () => {
    expect(of(/Italy/)).toEqual([]);
  });

  it('keeps evidence offsets into the text', () => {
    for (const s of stances) expect(doc.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
  });
});

describe('sentenceTone', () => {
  it('scores a sentence by its tone words and lists them', () => {
    const t = sentenceTone('The raid was a humiliating failure and a blow to the alliance.');
    expect(t.negative).toEqual(['humiliating', 'failure', 'blow']);
    expect(t.positive).toEqual(['alliance']);
    expect(t.score).toBe(-0.5);
  });
});
