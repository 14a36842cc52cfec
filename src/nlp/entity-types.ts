// Product entity types and the mapping from the tagger's CoNLL types: LOC splits into GPE
// (countries, cities, regions as political units, by gazetteer) and LOC; MISC splits into NORP
// (nationalities, religious and political groups, by gazetteer) and MISC. The reverse mapping
// serves CoNLL output and evaluation.
import { inGazetteer } from './gazetteer.js';

export const ENTITY_TYPES = [
  'PERSON',
  'ORG',
  'GPE',
  'LOC',
  'NORP',
  'MISC',
  'EVENT',
  'WEAPON',
  'TITLE',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** `words` are the span's tokens. */
export function productType(conllType: string, words: readonly string[]): EntityType {
  switch (conllType) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC':
      if (inGazetteer(words, ['country', 'city', 'region', 'gpe'])) return 'GPE';
      // "the Kremlin", "the Pentagon": a building that stands for an institution.
      return inGazetteer(words, ['org']) ? 'ORG' : 'LOC';
    default: {
      const last = words[words.length - 1];
      const singular = last.endsWith('s') ? [...words.slice(0, -1), last.slice(0, -1)] : words;
      return inGazetteer(words, ['demonym', 'norp']) || inGazetteer(singular, ['demonym', 'norp'])
        ? 'NORP'
        : 'MISC';
    }
  }
}

/** CoNLL-2003 type for a product type; TITLE has none. */
export function conllType(type: EntityType): string | null {
  switch (type) {
    case 'PERSON':
      return 'PER';
    case 'ORG':
      return 'ORG';
    case 'GPE':
    case 'LOC':
      return 'LOC';
    case 'TITLE':
      return null;
    default:
      return 'MISC';
  }
}
