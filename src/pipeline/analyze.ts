// The document-level analysis every ingested document goes through, in dependency order: the
// language core (sentences, tokens, entities, typed values), time expressions, then quotes (which use
// the entities). Corpus-level stages (resolution, events) run when the document is committed.
import type { Doc } from '../doc/index.js';
import { nlpComponents } from '../nlp/components.js';
import { quotesComponent } from '../quotes/components.js';
import { timexComponent } from '../time/components.js';
import { buildPipeline, type Component } from './component.js';

const documentStages: readonly Component[] = [...nlpComponents, timexComponent, quotesComponent];

const pipeline = buildPipeline(documentStages);

export function analyzeDoc(doc: Doc): Doc {
  return pipeline(doc);
}
