// Tags documents given as sentences of words with the CoNLL types (PER, ORG, LOC, MISC). Sentences
// are tagged in order so later ones can use what the tagger said about a word earlier.
import { docContext, remember } from './ner-context.js';
import { FeatureExtractor } from './ner-features.js';
import { bilouToSpans, type TokenSpan } from './ner-labels.js';
import { defaultNerModel, type NerModel } from './ner-model.js';
import { viterbi } from './perceptron.js';

const extractors = new WeakMap<NerModel, FeatureExtractor>();

function extractorFor(model: NerModel): FeatureExtractor {
  let x = extractors.get(model);
  if (!x) {
    const f = model.features;
    x = new FeatureExtractor((name) => f.get(name) ?? -1);
    extractors.set(model, x);
  }
  return x;
}

/** Entity spans (token indices) for each sentence of one document. */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  model: NerModel = defaultNerModel(),
): TokenSpan[][] {
  const x = extractorFor(model);
  const ctx = docContext(sentences);
  const out: TokenSpan[][] = [];
  for (const words of sentences) {
    const labels = viterbi(model, x.scores(words, ctx, model.weights), words.length);
    const spans = bilouToSpans(labels);
    remember(ctx, words, spans);
    out.push(spans);
  }
  return out;
}
