import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../doc/index.js';
import { buildPipeline } from '../pipeline/component.js';
import { nlpComponents } from './components.js';

describe('nlp components', () => {
  it('assign sentences, compact tokens, entities and values in dependency order', () => {
    const text = 'Gen. Ivan Petrov visited Kyiv.\n\nThe deal was worth $2 billion, officials said.';
    const run = buildPipeline(nlpComponents);
    const out = run({
      text,
      meta: emptyMeta(),
      removed: [],
      layers: {},
      raw: { source: '-', bytes: new Uint8Array(), sha256: '', fetchedAt: '', contentType: null },
    });
    expect(out.layers.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Gen. Ivan Petrov visited Kyiv.',
      'The deal was worth $2 billion, officials said.',
    ]);
    const first = out.layers.tokens[0];
    const bounds = first.attrs?.bounds as number[];
    expect(text.slice(first.start + bounds[0], first.start + bounds[1])).toBe('Gen.');
    expect(first.attrs?.count).toBe(6);
    const person = out.layers.entities.find((e) => e.label === 'PERSON');
    expect(person && text.slice(person.start, person.end)).toBe('Ivan Petrov');
    expect(person?.prov).toMatchObject({ component: 'entities', model: 'ner-conll' });
    const money = out.layers.values.find((v) => v.label === 'MONEY');
    expect(money?.attrs).toMatchObject({ amount: 2e9, currency: 'USD' });
  });
});
