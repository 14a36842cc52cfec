// The whole dossier read once, for exports: documents, entities (corrections applied), their mentions,
// events, relations and quotes, each with stable ids and evidence.
import type { DossierEvent } from '../events/event.js';
import { listEvents, type Relation, relationsFrom } from '../events/event-listing.js';
import type { Entity } from '../resolve/entity.js';
import { loadEntities } from '../resolve/entity-listing.js';
import { LINKS_LAYER } from '../resolve/entity-stage.js';
import type { Store, StoredDoc } from '../store/store.js';

export interface MentionRow {
  id: string;
  docId: string;
  entityId: string;
  start: number;
  end: number;
  text: string;
  type: string;
}

export interface QuoteRow {
  id: string;
  docId: string;
  start: number;
  end: number;
  text: string;
  direct: boolean;
  speaker: string | null;
  speakerId: string | null;
}

export interface Snapshot {
  documents: StoredDoc[];
  entities: Entity[];
  mentions: MentionRow[];
  events: DossierEvent[];
  relations: Relation[];
  quotes: QuoteRow[];
}

export async function loadSnapshot(store: Store): Promise<Snapshot> {
  const summaries = await store.listDocuments({ limit: 1_000_000 });
  const documents: StoredDoc[] = [];
  for (const s of summaries) {
    const d = await store.getDocument(s.id);
    if (d) documents.push(d);
  }
  const { entities, redirect } = await loadEntities(store);
  const mentions: MentionRow[] = [];
  const quotes: QuoteRow[] = [];
  for (const d of documents) {
    for (const s of d.layers[LINKS_LAYER] ?? []) {
      const raw = String(s.attrs?.entityId);
      mentions.push({
        id: `${d.id}:${s.start}-${s.end}`,
        docId: d.id,
        entityId: redirect.get(raw) ?? raw,
        start: s.start,
        end: s.end,
        text: d.text.slice(s.start, s.end),
        type: s.label,
      });
    }
    for (const q of d.layers.quotes ?? []) {
      const speaker = (q.attrs?.speaker as { name?: string; entityId?: string } | undefined) ?? null;
      quotes.push({
        id: `${d.id}:q${q.start}`,
        docId: d.id,
        start: q.start,
        end: q.end,
        text: d.text.slice(q.start, q.end),
        direct: q.attrs?.direct !== false,
        speaker: speaker?.name ?? null,
        speakerId: speaker?.entityId ?? null,
      });
    }
  }
  const events = await listEvents(store);
  return { documents, entities, mentions, events, relations: relationsFrom(events), quotes };
}
