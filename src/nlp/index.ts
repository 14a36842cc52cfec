// The language core's public surface: tokens, sentences, entity mentions, typed values and the
// pipeline components that put them on a Doc.
export {
  entitiesComponent,
  NLP_VERSION,
  nlpComponents,
  sentencesComponent,
  tokensComponent,
  valuesComponent,
} from './components.js';
export { type EntityInput, type EntityMention, findEntities } from './entities.js';
export { ENTITY_TYPES, type EntityType } from './entity-types.js';
export { type SentenceRange, splitSentences } from './sentences.js';
export { type Token, tokenize } from './tokenize.js';
export { findValues, type ValueMention, type ValueType } from './values.js';
