// Abbreviation look-up over the data file, so the tokenizer and sentence splitter agree on which
// periods belong to a word ("Gen.", "Jan.") and which periods may still end a sentence ("U.S.").
import data from './data/abbreviations.json' with { type: 'json' };

export type AbbreviationKind = 'title' | 'other';

const kinds = new Map<string, AbbreviationKind>();
for (const a of data.titles) kinds.set(a, 'title');
for (const a of data.others) kinds.set(a, 'other');
const starters = new Set(data.sentenceStarters);
const particles = new Set(data.nameParticles);

/** `word` without its final period; case-insensitive. */
export function abbreviationKind(word: string): AbbreviationKind | null {
  return kinds.get(word.toLowerCase()) ?? null;
}

export function isSentenceStarter(word: string): boolean {
  return starters.has(word);
}

/** "al" in "al-Assad": a lower-case name part that stays joined to the capitalised part after it. */
export function isNameParticle(word: string): boolean {
  return particles.has(word.toLowerCase());
}
