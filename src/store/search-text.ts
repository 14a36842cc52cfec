// Search input is user text, never query syntax: it is split into terms and each term is quoted, so
// characters like `"`, `*`, `:` or `NEAR(` cannot break a full-text query. Diacritics are folded so
// "Nicolas" finds "Nicolás" in both backends.

/** Search ranks at most this many matching documents, the most recently added: ranking every document that
 * holds a common word costs time in proportion to the corpus on every search. Both backends apply it. */
export const SEARCH_CANDIDATES = 1000;

export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** The words of a query, diacritics folded and lower-cased; punctuation is dropped. */
export function searchTerms(query: string): string[] {
  const words = foldDiacritics(query)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return words ? [...new Set(words)] : [];
}

/** An FTS5 MATCH expression: every term quoted, all required. Empty when the query has no words. */
export function toFts5Query(query: string): string {
  return searchTerms(query)
    .map((t) => `"${t.replaceAll('"', '""')}"`)
    .join(' ');
}

/** A short excerpt around the first term found, with the term marked as [term]. */
export function makeSnippet(text: string, terms: string[], width = 160): string {
  const folded = foldSameLength(text);
  let at = -1;
  let len = 0;
  for (const t of terms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t)}(?![\\p{L}\\p{N}])`, 'u');
    const m = re.exec(folded);
    if (m && (at < 0 || m.index < at)) {
      at = m.index;
      len = t.length;
    }
  }
  if (at < 0) return text.slice(0, width).replace(/\s+/gu, ' ').trim();
  const start = Math.max(0, at - Math.floor(width / 2));
  const end = Math.min(text.length, at + len + Math.floor(width / 2));
  const mid = `${text.slice(start, at)}[${text.slice(at, at + len)}]${text.slice(at + len, end)}`;
  return `${start > 0 ? '…' : ''}${mid.replace(/\s+/gu, ' ').trim()}${end < text.length ? '…' : ''}`;
}

/** Folds case and diacritics character by character, keeping offsets aligned with the original. */
function foldSameLength(text: string): string {
  return text.replace(/[^\p{ASCII}]|[A-Z]/gu, (ch) => {
    const f = foldDiacritics(ch).toLowerCase();
    return f.length === ch.length ? f : ch;
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
