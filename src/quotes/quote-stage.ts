// Quotes at corpus level: each quote's speaker, found in the document by the quote finder, is tied
// to the canonical entity the resolver made of that mention (or of that name), and the quote is
// stored as a corpus item so `dossier quotes --speaker` needs no scan of every document.
import type { Span } from '../doc/index.js';
import type { Entity } from '../resolve/entity.js';
import { nameKey, surnameKey } from '../resolve/name-key.js';
import type { CorpusWrite } from '../store/store.js';

export const QUOTE_KIND = 'quote';

interface QuoteAttrs {
  direct: boolean;
  cue: { start: number; end: number } | null;
  source: { start: number; end: number } | null;
  speaker: { name: string; type: string; entityId?: string } | null;
  role: string | null;
  date?: string;
}

export interface StoredQuote {
  id: string;
  text: string;
  direct: boolean;
  speaker: { id: string | null; name: string } | null;
  role: string | null;
  cue: string | null;
  docId: string;
  start: number;
  end: number;
  date?: string;
}

function speakerEntity(
  q: QuoteAttrs,
  links: readonly Span[],
  entities: ReadonlyMap<string, Entity>,
): Entity | null {
  const src = q.source;
  if (src) {
    const inside = links.filter((l) => l.start < src.end && l.end > src.start);
    // "the US president said": the mention inside the source must be of the speaker's type.
    const pick = q.speaker ? inside.find((l) => l.label === q.speaker?.type) : inside.at(-1);
    if (pick) return entities.get(String(pick.attrs?.entityId)) ?? null;
  }
  if (!q.speaker) return null;
  const key = nameKey(q.speaker.name);
  const all = [...entities.values()];
  const exact = all.find((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === key));
  if (exact) return exact;
  const surname = surnameKey(q.speaker.name);
  const bySurname = all.filter((e) => e.type === 'PERSON' && surnameKey(e.name) === surname);
  return bySurname.length === 1 ? bySurname[0] : null;
}

/** The document's quotes layer with speakers tied to entities, and the quotes as corpus items. */
export function planQuotes(
  docId: string,
  text: string,
  quotes: readonly Span[],
  links: readonly Span[],
  entities: ReadonlyMap<string, Entity>,
): { layer: Span[]; write: CorpusWrite } {
  const layer: Span[] = [];
  const items: StoredQuote[] = [];
  for (const q of quotes) {
    const attrs = q.attrs as unknown as QuoteAttrs;
    const entity = speakerEntity(attrs, links, entities);
    const speaker = attrs.speaker ? { ...attrs.speaker, ...(entity ? { entityId: entity.id } : {}) } : null;
    layer.push({ ...q, attrs: { ...q.attrs, speaker } });
    const item: StoredQuote = {
      id: `${docId}:${q.start}-${q.end}`,
      text: text.slice(q.start, q.end),
      direct: attrs.direct,
      speaker: speaker ? { id: entity?.id ?? null, name: entity?.name ?? speaker.name } : null,
      role: attrs.role,
      cue: attrs.cue ? text.slice(attrs.cue.start, attrs.cue.end) : null,
      docId,
      start: q.start,
      end: q.end,
      ...(attrs.date ? { date: attrs.date } : {}),
    };
    items.push(item);
  }
  // One row per document holding its quotes: a write costs one row, however many quotes it has.
  return { layer, write: { kind: QUOTE_KIND, items: [{ id: docId, data: items, docIds: [docId] }] } };
}
