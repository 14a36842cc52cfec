// Cleaning: article body, removed furniture with reasons, and metadata, from HTML or plain text.
export type { Block, BlockShape } from './block.js';
export { cleanArticle, SEGMENT_COMPONENT } from './clean-article.js';
export { detectLanguage } from './metadata/language.js';
export type { Classified, ClassifyOptions, SegmentLabel } from './segment-classifier.js';
export { classifySegments } from './segment-classifier.js';
export { textBlocks } from './text-blocks.js';
