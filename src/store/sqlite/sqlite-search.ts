// Full-text search on SQLite's FTS5 index: bm25 ranks the newest SEARCH_CANDIDATES matches, the page is cut
// from that ranking, and only the page's hits get a snippet (snippet() on every match is what made a search
// for a common word take seconds).
import type Database from 'better-sqlite3';
import { SEARCH_CANDIDATES, toFts5Query } from '../search-text.js';
import type { Page, SearchHit } from '../store.js';

type Db = Database.Database;

interface Statements {
  rank: Database.Statement;
  hit: Database.Statement;
}

const prepared = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  let s = prepared.get(db);
  if (!s) {
    s = {
      rank: db.prepare(
        `SELECT seq, score FROM (
           SELECT rowid AS seq, -bm25(documents_fts) AS score FROM documents_fts
           WHERE documents_fts MATCH @match ORDER BY rowid DESC LIMIT @candidates)
         ORDER BY score DESC, seq LIMIT @limit OFFSET @offset`,
      ),
      hit: db.prepare(
        `SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 24) AS snippet
         FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
         WHERE documents_fts MATCH @match AND documents_fts.rowid = @seq`,
      ),
    };
    prepared.set(db, s);
  }
  return s;
}

export function searchDocuments(db: Db, query: string, page?: Page): SearchHit[] {
  const match = toFts5Query(query);
  if (!match) return [];
  const limit = page?.limit === undefined ? -1 : Math.max(0, Math.floor(page.limit));
  const offset = Math.max(0, Math.floor(page?.offset ?? 0));
  const s = statements(db);
  const ranked = s.rank.all({ match, candidates: SEARCH_CANDIDATES, limit, offset }) as {
    seq: number;
    score: number;
  }[];
  return ranked.map(({ seq, score }) => {
    const h = s.hit.get({ match, seq }) as { id: string; title: string | null; snippet: string };
    return { id: h.id, title: h.title, snippet: h.snippet, score: Number(score) };
  });
}
