// Reading quotes for the CLI and API, with the user's entity corrections applied to speakers.
import { loadEntities } from '../resolve/entity-listing.js';
import type { Store } from '../store/store.js';
import { QUOTE_KIND, type StoredQuote } from './quote-stage.js';

export async function listQuotes(store: Store, filter: { speaker?: string } = {}): Promise<StoredQuote[]> {
  const { entities, redirect } = await loadEntities(store);
  const byId = new Map(entities.map((e) => [e.id, e]));
  // A row holds one document's quotes (rows from before hold one quote each).
  const rows = await store.listCorpusItems<StoredQuote[] | StoredQuote>(QUOTE_KIND);
  const quotes = rows
    .flatMap(({ data }) => (Array.isArray(data) ? data : [data]))
    .map((q) => {
      const id = q.speaker?.id ? (redirect.get(q.speaker.id) ?? q.speaker.id) : null;
      const entity = id ? byId.get(id) : undefined;
      return q.speaker ? { ...q, speaker: { id, name: entity?.name ?? q.speaker.name } } : q;
    });
  const want = filter.speaker?.toLowerCase();
  return quotes
    .filter(
      (q) => !want || (q.speaker && (q.speaker.id === want || q.speaker.name.toLowerCase().includes(want))),
    )
    .sort((a, b) => a.docId.localeCompare(b.docId) || a.start - b.start);
}
