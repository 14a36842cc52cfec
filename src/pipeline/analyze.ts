// The document-level analysis every ingested document goes through, in dependency order.
// Corpus-level stages (resolution, timeline, claims) run after the document is stored.
import type { Doc } from '../doc/index.js';
import { buildPipeline, type Component } from './component.js';

const documentStages: readonly Component[] = [];

const pipeline = buildPipeline(documentStages);

export function analyzeDoc(doc: Doc): Doc {
  return pipeline(doc);
}
