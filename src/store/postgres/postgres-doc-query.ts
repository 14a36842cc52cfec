// Document listings, counts, the change mark and full-text search on PostgreSQL, with the same meaning and
// the same approach as SQLite's (sqlite-doc-query.ts, sqlite-search.ts): dates compared in byte order
// (COLLATE "C", which the published index of migration 3 is built with), an `ids` filter listed in its own
// order, search ranking the newest SEARCH_CANDIDATES matches and making snippets for the returned page only.
import type pg from 'pg';
import { docBounds } from '../doc-filter.js';
import { type SummaryRow, toSummary } from '../doc-record.js';
import { foldDiacritics, makeSnippet, SEARCH_CANDIDATES, searchTerms } from '../search-text.js';
import type { DocFilter, DocQuery, DocSummary, Page, SearchHit } from '../store.js';

const COLS =
  'd.id, d.source, d.title, d.authors, d.published, d.outlet, d.genre, d.syndicated_from, d.language, d.words';

/** WHERE conditions for the filter, with their parameters numbered from `first`. */
function conditions(f: DocFilter, first: number): { sql: string; params: unknown[] } {
  const b = docBounds(f);
  const conds: string[] = [];
  const params: unknown[] = [];
  const add = (cond: string, value: unknown) => {
    params.push(value);
    conds.push(cond.replace('?', `$${first + params.length - 1}`));
  };
  if (b.outlet !== null) add('d.outlet = ?', b.outlet);
  if (b.genre !== null) add('d.genre = ?', b.genre);
  if (b.language !== null) add('d.language = ?', b.language);
  if (b.from !== null) add('(d.published COLLATE "C") >= ?', b.from);
  if (b.toEnd !== null) add('(d.published COLLATE "C") <= ?', b.toEnd);
  return { sql: conds.length ? conds.join(' AND ') : 'TRUE', params };
}

/** Filters whose document lists are kept at once (each at most one number per document). */
const KEPT_LISTS = 16;

/**
 * Listings as on SQLite (sqlite-doc-query.ts): a filter's documents, in order, read once as sequence numbers
 * and kept until the change mark moves; a page is a slice of that list and its count the list's length.
 */
export class PostgresDocQueries {
  /** Kept as promises, so a list and a count asked at once share one read. */
  private readonly lists = new Map<string, { mark: string; seqs: Promise<string[]> }>();

  constructor(private readonly pool: pg.Pool) {}

  private async seqs(filter: DocFilter): Promise<string[]> {
    const where = conditions({ ...filter, ids: undefined }, 1);
    const key = JSON.stringify(where.params);
    const mark = await changeMark(this.pool);
    const kept = this.lists.get(key);
    this.lists.delete(key);
    if (kept && kept.mark === mark) {
      this.lists.set(key, kept);
      return kept.seqs;
    }
    const seqs = this.pool
      .query<{ seq: string }>(`SELECT d.seq FROM documents d WHERE ${where.sql} ORDER BY d.seq`, where.params)
      .then((res) => res.rows.map((r) => String(r.seq)));
    seqs.catch(() => this.lists.delete(key));
    this.lists.set(key, { mark, seqs });
    if (this.lists.size > KEPT_LISTS) this.lists.delete(this.lists.keys().next().value!);
    return seqs;
  }

  async list(query: DocQuery = {}): Promise<DocSummary[]> {
    const limit = query.limit === undefined ? null : Math.max(0, Math.floor(query.limit));
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    if (query.ids) {
      const where = conditions(query, 4);
      const res = await this.pool.query<SummaryRow>(
        `SELECT ${COLS} FROM unnest($3::text[]) WITH ORDINALITY AS j(id, n) JOIN documents d ON d.id = j.id
         WHERE ${where.sql} ORDER BY j.n LIMIT $1 OFFSET $2`,
        [limit, offset, query.ids, ...where.params],
      );
      return res.rows.map(toSummary);
    }
    const all = await this.seqs(query);
    const page = all.slice(offset, limit === null ? undefined : offset + limit);
    if (page.length === 0) return [];
    const res = await this.pool.query<SummaryRow>(
      `SELECT ${COLS} FROM documents d WHERE d.seq = ANY($1::bigint[]) ORDER BY d.seq`,
      [page],
    );
    return res.rows.map(toSummary);
  }

  async count(filter: DocFilter = {}): Promise<number> {
    if (!filter.ids) return (await this.seqs(filter)).length;
    const where = conditions(filter, 2);
    const res = await this.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM unnest($1::text[]) AS j(id) JOIN documents d ON d.id = j.id WHERE ${where.sql}`,
      [filter.ids, ...where.params],
    );
    return Number(res.rows[0]!.n);
  }
}

/** The set of transactions this snapshot sees: equal marks mean equal committed data. */
export async function changeMark(pool: pg.Pool): Promise<string> {
  const res = await pool.query<{ m: string }>('SELECT pg_current_snapshot()::text AS m');
  return res.rows[0]!.m;
}

export async function searchDocs(pool: pg.Pool, query: string, page?: Page): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const limit = page?.limit === undefined ? null : Math.max(0, Math.floor(page.limit));
  const offset = Math.max(0, Math.floor(page?.offset ?? 0));
  const ranked = await pool.query<{ seq: string; id: string; title: string | null; score: number }>(
    `WITH q AS (SELECT plainto_tsquery('simple', $1) AS q),
     candidates AS (SELECT d.seq FROM documents d, q WHERE d.tsv @@ q.q ORDER BY d.seq DESC LIMIT $4)
     SELECT d.seq, d.id, d.title, ts_rank_cd(d.tsv, q.q) AS score
     FROM candidates c JOIN documents d ON d.seq = c.seq, q
     ORDER BY score DESC, d.seq LIMIT $2 OFFSET $3`,
    [foldDiacritics(query).toLowerCase(), limit, offset, SEARCH_CANDIDATES],
  );
  if (ranked.rows.length === 0) return [];
  const texts = await pool.query<{ seq: string; text: string }>(
    'SELECT seq, text FROM documents WHERE seq = ANY($1::bigint[])',
    [ranked.rows.map((r) => r.seq)],
  );
  const text = new Map(texts.rows.map((r) => [String(r.seq), r.text]));
  return ranked.rows.map((r) => ({
    id: r.id,
    title: r.title,
    snippet: makeSnippet(text.get(String(r.seq)) ?? '', terms),
    score: Number(r.score),
  }));
}
