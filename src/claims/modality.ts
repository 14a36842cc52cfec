// How a sentence asserts what it says: hedged ("reportedly", "may", "it is not clear whether"),
// speculation ("likely", "is expected to"), opinion ("should", "the truth is"), or plainly asserted;
// and whether its predicate is negated. Cue lists are data (data/modality.json); every label keeps
// the cues that set it.
import type { ClaimModality } from './claim-types.js';
import { type CueKind, cueRegex } from './lexicon.js';

export interface ModalityReading {
  modality: ClaimModality;
  negated: boolean;
  cues: string[];
}

export function cuesIn(kind: CueKind, text: string): string[] {
  return [...text.toLowerCase().matchAll(cueRegex[kind])].map((m) => m[0].replace(/\s+/g, ' '));
}

/** Opinion outranks hedging, which outranks speculation: the label says how far to trust the sentence. */
export function readModality(text: string): ModalityReading {
  const opinion = cuesIn('opinion', text);
  const hedge = cuesIn('hedge', text);
  const speculation = cuesIn('speculation', text);
  const negation = cuesIn('negation', text);
  const modality: ClaimModality = opinion.length
    ? 'opinion'
    : hedge.length
      ? 'hedged'
      : speculation.length
        ? 'speculation'
        : 'asserted';
  const cues = [
    ...opinion.map((c) => `opinion:${c}`),
    ...hedge.map((c) => `hedge:${c}`),
    ...speculation.map((c) => `speculation:${c}`),
    ...negation.map((c) => `negation:${c}`),
  ];
  return { modality, negated: negation.length > 0, cues };
}
