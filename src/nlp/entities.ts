// Entity mentions with character offsets in plain text: tokens and sentences, then the labeler.

import { labelSentences } from './entity-labeler.js';
import type { EntityType } from './entity-types.js';
import type { NerModel } from './ner-model.js';
import { type SentenceRange, splitSentences } from './sentences.js';
import { type Token, tokenize } from './tokenize.js';

export interface EntityMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  why: string;
}

export interface EntityInput {
  tokens?: readonly Token[];
  sentences?: readonly SentenceRange[];
  model?: NerModel;
}

/** Groups tokens by sentence (tokens outside every sentence are dropped). */
export function tokensBySentence(tokens: readonly Token[], sentences: readonly SentenceRange[]): Token[][] {
  const out: Token[][] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && tokens[k].start < s.start) k++;
    const group: Token[] = [];
    while (k < tokens.length && tokens[k].end <= s.end) group.push(tokens[k++]);
    if (group.length > 0) out.push(group);
  }
  return out;
}

const MAX_SENTENCE_TOKENS = 400;

export function findEntities(text: string, input: EntityInput = {}): EntityMention[] {
  const tokens = input.tokens ?? tokenize(text);
  const sentences = input.sentences ?? splitSentences(text, tokens);
  // Very long "sentences" (a page without punctuation) are cut so decoding stays linear in practice.
  const groups = tokensBySentence(tokens, sentences).flatMap((g) => {
    if (g.length <= MAX_SENTENCE_TOKENS) return [g];
    const parts: Token[][] = [];
    for (let i = 0; i < g.length; i += MAX_SENTENCE_TOKENS) parts.push(g.slice(i, i + MAX_SENTENCE_TOKENS));
    return parts;
  });
  const labeled = labelSentences(
    groups.map((g) => g.map((t) => t.text)),
    input.model,
  );
  const out: EntityMention[] = [];
  groups.forEach((g, i) => {
    for (const s of labeled[i]) {
      const start = g[s.start].start;
      const end = g[s.end - 1].end;
      out.push({ start, end, text: text.slice(start, end), type: s.type, why: s.why });
    }
  });
  return out;
}
