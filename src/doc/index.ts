export type { Doc, DocMeta, FoundIn, Genre, Layers, RawInput, RemovalReason, RemovedSegment } from './doc.js';
export { emptyMeta, withLayer, wordCount } from './doc.js';
export type { Provenance, Span } from './span.js';
export { byPosition, isValidSpan, spanText } from './span.js';
