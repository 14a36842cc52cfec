// Claims from one analysed document: each report sentence (not a heading, not a question) that names
// an entity or a figure and says something about it becomes a claim mention — subject, predicate,
// object or value, time, claimant and modality — with the sentence as evidence.
import type { Doc, Span } from '../doc/index.js';

type TextLayers = Pick<Doc, 'text' | 'layers'>;

import { claimantIn, documentAttributions } from './attribution.js';
import type { ClaimEntity, ClaimMention, ClaimValue } from './claim-types.js';
import { contentStems } from './content-stems.js';
import { predicateOf, REPORTING_CLASS } from './lexicon.js';
import { readModality } from './modality.js';

const VALUE_KINDS = new Set(['MONEY', 'CARDINAL', 'QUANTITY', 'PERCENT']);
const MIN_WORDS = 5;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export type ClaimDraft = Omit<ClaimMention, 'origin' | 'originName'>;

const inside = (s: Span, outer: Pick<Span, 'start' | 'end'>) => s.start >= outer.start && s.end <= outer.end;
const overlaps = (s: Span, outer: Pick<Span, 'start' | 'end'>) => s.start < outer.end && s.end > outer.start;

function entityOf(doc: TextLayers, s: Span): ClaimEntity {
  const name = doc.text.slice(s.start, s.end);
  const id = typeof s.attrs?.entityId === 'string' ? s.attrs.entityId : `name:${name.toLowerCase()}`;
  return { id, name, type: s.label };
}

function claimValue(doc: TextLayers, s: Span): ClaimValue {
  const a = (s.attrs ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof a[k] === 'string' ? (a[k] as string) : null);
  return {
    kind: s.label,
    text: doc.text.slice(s.start, s.end),
    amount: typeof a.amount === 'number' ? a.amount : null,
    currency: str('currency'),
    qualifier: str('qualifier'),
    unit: str('unit'),
    noun: str('noun'),
  };
}

/** The first non-reporting predicate verb, else a reporting verb; with its offset. */
function predicateIn(text: string, base: number): { cls: string; verb: string; at: number } | null {
  let reporting: { cls: string; verb: string; at: number } | null = null;
  for (const m of text.matchAll(WORD)) {
    const cls = predicateOf.get(m[0].toLowerCase());
    if (!cls) continue;
    const hit = { cls, verb: m[0].toLowerCase(), at: base + m.index };
    if (cls !== REPORTING_CLASS) return hit;
    reporting ??= hit;
  }
  return reporting;
}

/** The sentence's span without surrounding whitespace and list markers. */
function trimmed(doc: TextLayers, s: Span): { start: number; end: number } {
  let { start, end } = s;
  while (start < end && /[\s\-–—•*#>]/.test(doc.text[start])) start++;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  return { start, end };
}

export function extractClaims(docId: string, doc: TextLayers): ClaimDraft[] {
  const headings = (doc.layers.segments ?? []).filter((s) => s.label === 'heading');
  const links = doc.layers['entity-links'] ?? doc.layers.entities ?? [];
  const values = (doc.layers.values ?? []).filter((v) => VALUE_KINDS.has(v.label));
  const timex = doc.layers.timex ?? [];
  const attributions = documentAttributions(doc);
  const out: ClaimDraft[] = [];
  for (const sentence of doc.layers.sentences ?? []) {
    const { start, end } = trimmed(doc, sentence);
    const text = doc.text.slice(start, end);
    if (headings.some((h) => overlaps(h, { start, end })) || /\?\s*["”’)]*$/.test(text)) continue;
    if ((text.match(WORD) ?? []).length < MIN_WORDS) continue;
    const claimant = claimantIn(doc, { start, end }, attributions);
    // The claimant's own name is who said it, not what the claim is about.
    const ents = links
      .filter(
        (e) => inside(e, { start, end }) && !(claimant && e.start < claimant.end && claimant.start < e.end),
      )
      .map((e) => ({ span: e, ent: entityOf(doc, e) }));
    const vals = values.filter((v) => inside(v, { start, end })).map((v) => claimValue(doc, v));
    const times = timex
      .filter((t) => inside(t, { start, end }) && typeof t.attrs?.value === 'string')
      .map((t) => t.attrs!.value as string);
    const pred = predicateIn(text, start);
    if (!ents.length && !vals.length) continue;
    if (!pred && !vals.length && !times.length) continue;
    const before = ents.filter(({ span }) => pred && span.end <= pred.at);
    const after = ents.filter(({ span }) => pred && span.start > pred.at);
    const unique = new Map(ents.map(({ ent }) => [ent.id, ent]));
    const reading = readModality(text);
    out.push({
      docId,
      start,
      end,
      text,
      subject: (before.at(-1) ?? ents[0])?.ent ?? null,
      predicate: pred?.cls ?? null,
      verb: pred?.verb ?? null,
      object: after[0]?.ent ?? null,
      entities: [...unique.values()],
      values: vals,
      times,
      claimant,
      modality: reading.modality,
      cues: reading.cues,
      negated: reading.negated,
      words: contentStems(text),
    });
  }
  return out;
}
