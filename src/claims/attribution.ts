// Who a sentence credits its claim to: "according to The Washington Post", "the Post reported",
// "Galeotti said", or the speaker the quotes layer found for reported speech with a reporting cue.
// Two articles crediting the same claimant share one origin (origin.ts). When src/stories exports
// its own attribution-cue finder, `findClaimant` is the one function to swap for it.
import type { Doc, Span } from '../doc/index.js';

type TextLayers = Pick<Doc, 'text' | 'layers'>;

import type { Claimant } from './claim-types.js';
import { attributionAfter, attributionBefore, outletShortNames } from './lexicon.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const BEFORE = new RegExp(`\\b(?:${attributionBefore.map(escapeRegex).join('|')})\\s+`, 'giu');
const AFTER = new Set(attributionAfter);
const SOURCE_TYPES = new Set(['ORG', 'PERSON', 'MISC']);
const NAME_AFTER_CUE =
  /^(?:the\s+)?(\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+(?:of\s+|the\s+|de\s+)?\p{Lu}[\p{L}\p{M}.&'’-]*)*)/u;

/** A normalized key: lower case, no leading article, short forms ("the Post") to full names. */
export function claimantKey(name: string): string {
  const full = displayName(name);
  return full
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function displayName(name: string): string {
  const low = name.toLowerCase().replace(/\s+/g, ' ');
  return outletShortNames[low] ?? outletShortNames[`the ${low}`] ?? name;
}

function claimant(name: string, cue: string): Claimant {
  const shown = displayName(name.trim());
  return { name: shown, key: claimantKey(shown), cue: cue.trim().toLowerCase() };
}

/** "according to X …": the entity (or capitalized name) right after the cue. */
function afterCue(doc: TextLayers, sentence: Span, links: readonly Span[]): Claimant | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(BEFORE)) {
    const at = sentence.start + m.index + m[0].length;
    const ent = links.find((e) => e.start >= at && e.start <= at + 4 && SOURCE_TYPES.has(e.label));
    if (ent) return claimant(doc.text.slice(ent.start, ent.end), m[0]);
    const name = NAME_AFTER_CUE.exec(doc.text.slice(at, sentence.end));
    if (name) {
      const withArticle = /^the\s/i.test(doc.text.slice(at, at + 4)) ? `the ${name[1]}` : name[1];
      return claimant(withArticle, m[0]);
    }
  }
  return null;
}

/** "X reported/said …": an organisation or person directly before a reporting verb. */
function beforeVerb(doc: TextLayers, sentence: Span, links: readonly Span[]): Claimant | null {
  for (const ent of links) {
    if (ent.start < sentence.start || ent.end > sentence.end || !SOURCE_TYPES.has(ent.label)) continue;
    const verb = /^\s+(\p{L}+)/u.exec(doc.text.slice(ent.end, Math.min(sentence.end, ent.end + 20)));
    if (verb && AFTER.has(verb[1].toLowerCase()))
      return claimant(doc.text.slice(ent.start, ent.end), verb[1]);
  }
  return null;
}

/** Reported speech the quotes layer attributed, when its cue is a reporting verb. */
function fromQuotes(doc: TextLayers, sentence: Span): Claimant | null {
  for (const q of doc.layers.quotes ?? []) {
    if (q.end <= sentence.start || q.start >= sentence.end) continue;
    const a = (q.attrs ?? {}) as {
      speaker?: { name: string; type: string } | null;
      cue?: { start: number; end: number };
    };
    if (!a.speaker || !a.cue || !SOURCE_TYPES.has(a.speaker.type)) continue;
    const cue = doc.text.slice(a.cue.start, a.cue.end).toLowerCase();
    if (q.label === 'QUOTE_DIRECT' || cue.split(/\s+/).some((w) => AFTER.has(w)))
      return claimant(a.speaker.name, cue);
  }
  return null;
}

export function findClaimant(doc: TextLayers, sentence: Span): Claimant | null {
  const links = (doc.layers['entity-links'] ?? doc.layers.entities ?? []).filter(
    (e) => e.start >= sentence.start && e.end <= sentence.end,
  );
  return afterCue(doc, sentence, links) ?? beforeVerb(doc, sentence, links) ?? fromQuotes(doc, sentence);
}
