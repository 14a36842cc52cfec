// Hostile input for the language core: nothing may throw, every offset must be valid, and the
// work must stay linear (checked by running it on a 5 MB line, not by timing it).
import { describe, expect, it } from 'vitest';
import { emptyMeta, isValidSpan } from '../doc/index.js';
import { buildPipeline } from '../pipeline/component.js';
import { nlpComponents } from './components.js';
import { findEntities } from './entities.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import { findValues } from './values.js';

const doc = (text: string) => ({
  text,
  meta: emptyMeta(),
  removed: [],
  layers: {},
  raw: { source: '-', bytes: new Uint8Array(), sha256: '', fetchedAt: '', contentType: null },
});

const samples: Record<string, string> = {
  empty: '',
  spaces: ' \n\n\t ',
  cyrillic: 'Президент Владимир Путин прибыл в Москву. Министр Сергей Лавров заявил: «Нет».',
  spanish: '¿Dónde está Nicolás? El presidente Gustavo Petro habló en Bogotá sobre 5.000 millones de pesos.',
  emoji: '🇺🇸👍🏽 Trump 🚀 met Xi 🇨🇳 in 🏙️ Beijing 🎉🎉🎉',
  control: 'Line\u0000one\u0007 with\u001b[31m control\u0008 chars\u200b and\ufeff BOM\u2028sep\r\nEnd.',
  lone: 'broken \ud800 surrogate \udc00 here. And $ alone, 100% of -- ... ?!',
};

function checkAll(text: string): void {
  const run = buildPipeline(nlpComponents);
  const out = run(doc(text));
  for (const layer of ['sentences', 'tokens', 'entities', 'values']) {
    for (const s of out.layers[layer] ?? []) expect(isValidSpan(text, s)).toBe(true);
  }
  for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  for (const v of findValues(text)) expect(text.slice(v.start, v.end)).toBe(v.text);
}

describe('bad input', () => {
  for (const [name, text] of Object.entries(samples)) {
    it(`survives ${name} text with valid offsets`, () => checkAll(text));
  }

  it('handles one 5 MB line without punctuation', () => {
    const words = ['alpha', 'Beta', 'gamma', 'Delta', 'epsilon', 'Zeta', 'eta', 'Theta'];
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const w = words[i % words.length] + (i % 7 === 0 ? String(i % 100) : '');
      parts.push(w);
      size += w.length + 1;
    }
    const line = parts.join(' ');
    const sentences = splitSentences(line);
    expect(sentences).toHaveLength(1);
    const entities = findEntities(line);
    for (const e of entities.slice(0, 1000)) expect(line.slice(e.start, e.end)).toBe(e.text);
    expect(entities.every((e) => e.start >= 0 && e.end <= line.length && e.start < e.end)).toBe(true);
  });
});
