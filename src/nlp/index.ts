// The language core's public surface: tokens, sentences (more exports join as they land).
export { type SentenceRange, splitSentences } from './sentences.js';
export { type Token, tokenize } from './tokenize.js';
