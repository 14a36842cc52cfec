// What a document contributes to story similarity: counts of its content words (title and lead
// words count extra), of the names its entity layer found (people by surname) and of the dates its
// timex layer resolved. Feature keys carry their kind as a prefix (w: word, p: person, e: other name,
// d: date) so each kind can be weighted.
import type { Layers, Span } from '../doc/index.js';
import { contentWords } from './content-words.js';

export interface StoryInput {
  text: string;
  title?: string | null;
  layers?: Layers;
}

export type FeatureKind = 'w' | 'p' | 'e' | 'd';

export const featureKind = (key: string): FeatureKind => key[0] as FeatureKind;

const ENTITY_LABELS = new Set([
  'PERSON',
  'PER',
  'ORG',
  'GPE',
  'LOC',
  'NORP',
  'EVENT',
  'FAC',
  'MISC',
  'WEAPON',
]);
const TITLE_REPEAT = 2;
/** News puts the event first: the opening content words count twice. */
const LEAD_WORDS = 20;

function bump(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** A name as a feature: lower case, no leading article or possessive, spaces collapsed. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A person mention by surname ("Vincent Jackson" and "Jackson" meet); other names whole. */
function mentionKey(kind: 'p' | 'e', mention: string): string {
  const key = nameKey(mention);
  return kind === 'p' ? (key.split(' ').at(-1) ?? key) : key;
}

function entityFeatures(text: string, layers: Layers, counts: Map<string, number>): void {
  // Resolved links say "Maduro" and "Nicolás Maduro" are one entity; raw mentions are the fallback.
  const links = layers['entity-links'];
  const spans: readonly Span[] = links?.length ? links : (layers.entities ?? []);
  for (const s of spans) {
    if (!ENTITY_LABELS.has(s.label)) continue;
    const kind = s.label === 'PERSON' || s.label === 'PER' ? 'p' : 'e';
    const id =
      typeof s.attrs?.entityId === 'string' ? s.attrs.entityId : mentionKey(kind, text.slice(s.start, s.end));
    if (id) bump(counts, `${kind}:${id}`);
  }
}

function dateFeatures(layers: Layers, counts: Map<string, number>): void {
  for (const s of layers.timex ?? []) {
    const v = s.attrs?.value;
    if (typeof v !== 'string') continue;
    const day = /^\d{4}-\d{2}-\d{2}$/.exec(v);
    const month = /^\d{4}-\d{2}/.exec(v);
    const year = /^\d{4}/.exec(v);
    if (day) bump(counts, `d:${day[0]}`);
    if (month) bump(counts, `d:${month[0]}`);
    if (year) bump(counts, `d:${year[0]}`);
  }
}

/** Raw feature counts of one document (weighting happens in the clusterer, against corpus statistics). */
export function storyFeatures(doc: StoryInput): Map<string, number> {
  const counts = new Map<string, number>();
  const words = contentWords(doc.text);
  for (let i = 0; i < words.length; i++) bump(counts, `w:${words[i]}`, i < LEAD_WORDS ? 2 : 1);
  if (doc.title) for (const w of contentWords(doc.title)) bump(counts, `w:${w}`, TITLE_REPEAT);
  if (doc.layers) {
    entityFeatures(doc.text, doc.layers, counts);
    dateFeatures(doc.layers, counts);
  }
  return counts;
}
