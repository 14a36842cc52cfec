// The language core as pipeline components. 'tokens' keeps token boundaries compactly, one span per
// sentence with the boundaries as offsets relative to the sentence start, because one span object
// per token would multiply the size of every stored document; the other components retokenize
// (deterministic, and cached for the text being analysed) rather than read them back.
import { type Doc, type Span, withLayer } from '../doc/index.js';
import type { Component } from '../pipeline/component.js';
import { findEntities } from './entities.js';
import { type SentenceRange, splitSentences } from './sentences.js';
import { type Token, tokenize } from './tokenize.js';
import { findValues } from './values.js';

export const NLP_VERSION = '1';

let lastText: string | null = null;
let lastTokens: Token[] = [];

/** Tokens of the text, remembered for the document being analysed by consecutive components. */
export function tokensOf(text: string): Token[] {
  if (text !== lastText) {
    lastTokens = tokenize(text);
    lastText = text;
  }
  return lastTokens;
}

function sentencesOf(doc: Doc): SentenceRange[] {
  const layer = doc.layers.sentences;
  return layer
    ? layer.map((s) => ({ start: s.start, end: s.end }))
    : splitSentences(doc.text, tokensOf(doc.text));
}

export const sentencesComponent = {
  name: 'sentences',
  requires: [],
  assigns: ['sentences'],
  run(doc: Doc): Doc {
    const spans: Span[] = splitSentences(doc.text, tokensOf(doc.text)).map((s) => ({
      start: s.start,
      end: s.end,
      label: 'SENTENCE',
      prov: { component: 'sentences', version: NLP_VERSION },
    }));
    return withLayer(doc, 'sentences', spans);
  },
} satisfies Component;

export const tokensComponent = {
  name: 'tokens',
  requires: ['sentences'],
  assigns: ['tokens'],
  run(doc: Doc): Doc {
    const tokens = tokensOf(doc.text);
    const spans: Span[] = [];
    let k = 0;
    for (const s of sentencesOf(doc)) {
      while (k < tokens.length && tokens[k].start < s.start) k++;
      const bounds: number[] = [];
      while (k < tokens.length && tokens[k].end <= s.end) {
        bounds.push(tokens[k].start - s.start, tokens[k].end - s.start);
        k++;
      }
      spans.push({
        start: s.start,
        end: s.end,
        label: 'TOKENS',
        prov: { component: 'tokens', version: NLP_VERSION },
        attrs: { count: bounds.length / 2, bounds },
      });
    }
    return withLayer(doc, 'tokens', spans);
  },
} satisfies Component;

export const entitiesComponent = {
  name: 'entities',
  requires: ['sentences'],
  assigns: ['entities'],
  run(doc: Doc): Doc {
    const found = findEntities(doc.text, { tokens: tokensOf(doc.text), sentences: sentencesOf(doc) });
    const spans: Span[] = found.map((e) => ({
      start: e.start,
      end: e.end,
      label: e.type,
      prov: e.why.startsWith('rule:')
        ? { component: 'entities', version: NLP_VERSION, rule: e.why.slice(5) }
        : {
            component: 'entities',
            version: NLP_VERSION,
            model: 'ner-conll',
            ...(e.why === 'model' ? {} : { rule: e.why }),
          },
      attrs: { text: e.text },
    }));
    return withLayer(doc, 'entities', spans);
  },
} satisfies Component;

export const valuesComponent = {
  name: 'values',
  requires: [],
  assigns: ['values'],
  run(doc: Doc): Doc {
    const spans: Span[] = findValues(doc.text, tokensOf(doc.text)).map((v) => ({
      start: v.start,
      end: v.end,
      label: v.type,
      prov: { component: 'values', version: NLP_VERSION },
      attrs: {
        amount: v.amount,
        currency: v.currency,
        qualifier: v.qualifier,
        unit: v.unit,
        noun: v.noun,
        linkedTo: v.linkedTo,
      },
    }));
    return withLayer(doc, 'values', spans);
  },
} satisfies Component;

/** In dependency order, for the integrator's document pipeline. */
export const nlpComponents = [
  sentencesComponent,
  tokensComponent,
  entitiesComponent,
  valuesComponent,
] as const;
