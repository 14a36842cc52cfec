// Quotes across documents, read from each document's 'quotes' layer (the quotes stage writes a layer, not
// corpus items): that one layer of every document, a page at a time, cached until the store changes
// (count-keyed.ts).
import type { Store } from '../store/store.js';
import { countKeyed } from './count-keyed.js';

export interface QuoteRow {
  id: string;
  text: string;
  direct: boolean;
  speaker: { id: string | null; name: string } | null;
  role: string | null;
  docId: string;
  start: number;
  end: number;
  date: string | null;
  evidence: { docId: string; start: number; end: number; text: string }[];
}

function speakerOf(v: unknown): QuoteRow['speaker'] {
  if (typeof v === 'string') return { id: null, name: v };
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  const name = typeof s.name === 'string' ? s.name : typeof s.text === 'string' ? s.text : null;
  if (!name) return null;
  const id = typeof s.entityId === 'string' ? s.entityId : typeof s.id === 'string' ? s.id : null;
  return { id, name };
}

const CHUNK = 2000;

export async function scanQuotes(store: Store): Promise<QuoteRow[]> {
  const rows: QuoteRow[] = [];
  for (let offset = 0; ; offset += CHUNK) {
    const page = await store.listLayer('quotes', { limit: CHUNK, offset });
    for (const { docId, text: docText, spans } of page) {
      for (const s of spans) {
        const text = docText.slice(s.start, s.end);
        const a = s.attrs ?? {};
        rows.push({
          id: `${docId}:${s.start}`,
          text,
          direct: a.direct === true || s.label === 'QUOTE_DIRECT',
          speaker: speakerOf(a.speaker),
          role: typeof a.role === 'string' ? a.role : null,
          docId,
          start: s.start,
          end: s.end,
          date: typeof a.date === 'string' ? a.date : null,
          evidence: [{ docId, start: s.start, end: s.end, text }],
        });
      }
    }
    if (page.length < CHUNK) return rows;
  }
}

export function cachedQuotes(store: Store): () => Promise<QuoteRow[]> {
  // Rescanned after any change to the store (a new document, or quote layers rewritten by putLayers).
  const cache = countKeyed(store, () => scanQuotes(store));
  return () => cache.get();
}
