// Document listings on SQLite. A filter's matching documents, in order, are read once from the covering
// indexes of migration 2 as a list of sequence numbers, kept until the store changes (the change mark): a page
// at any depth is then a slice of that list and a look-up of its rows, and the count is the list's length,
// instead of an OFFSET that steps over every skipped entry on every request. An `ids` filter lists in the
// order given and is not kept.
import type Database from 'better-sqlite3';
import { boundKeys, type DocBounds, docBounds } from '../doc-filter.js';
import { type SummaryRow, toSummary } from '../doc-record.js';
import type { DocFilter, DocQuery, DocSummary } from '../store.js';

type Db = Database.Database;

const COLS =
  'd.id, d.source, d.title, d.authors, d.published, d.outlet, d.genre, d.syndicated_from, d.language, d.words';

const CONDITIONS: Record<Exclude<keyof DocBounds, 'ids'>, string> = {
  outlet: 'd.outlet = @outlet',
  genre: 'd.genre = @genre',
  language: 'd.language = @language',
  from: 'd.published >= @from',
  toEnd: 'd.published <= @toEnd',
};

/** Filters whose document lists are kept at once (each at most one number per document). */
const KEPT_LISTS = 16;

function conditions(b: DocBounds): { sql: string; params: Record<string, unknown> } {
  const conds: string[] = [];
  const params: Record<string, unknown> = {};
  for (const k of boundKeys(b)) {
    if (k === 'ids') continue;
    conds.push(CONDITIONS[k]);
    params[k] = b[k];
  }
  return { sql: conds.length ? conds.join(' AND ') : 'TRUE', params };
}

type SummaryTuple = [
  string,
  string,
  string | null,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  number,
];

/** A row of COLS, in that order. */
function fromTuple(t: SummaryTuple): DocSummary {
  const [id, source, title, authors, published, outlet, genre, syndicated_from, language, words] = t;
  return toSummary({
    id,
    source,
    title,
    authors,
    published,
    outlet,
    genre,
    syndicated_from,
    language,
    words,
  });
}

function pageOf(query: DocQuery): { limit: number; offset: number } {
  return {
    limit: query.limit === undefined ? -1 : Math.max(0, Math.floor(query.limit)),
    offset: Math.max(0, Math.floor(query.offset ?? 0)),
  };
}

export class SqliteDocQueries {
  private readonly statements = new Map<string, Database.Statement>();
  /** Sequence numbers of each recently listed filter's documents, in order, and the mark they were read at. */
  private readonly lists = new Map<string, { mark: string; seqs: number[] }>();

  constructor(
    private readonly db: Db,
    private readonly changeMark: () => string,
  ) {}

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** A statement that returns rows as arrays (cheaper to build than objects with named properties). */
  private rawStatement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql).raw();
      this.statements.set(sql, s);
    }
    return s;
  }

  /** The filter's documents as sequence numbers in insertion order, read again after any change. */
  private seqs(b: DocBounds): number[] {
    const where = conditions(b);
    const key = JSON.stringify(where.params);
    const mark = this.changeMark();
    const kept = this.lists.get(key);
    this.lists.delete(key);
    if (kept && kept.mark === mark) {
      this.lists.set(key, kept);
      return kept.seqs;
    }
    // Filtered, ORDER BY +seq keeps the planner on the filter's index rather than walking the table in order.
    const order = where.sql === 'TRUE' ? 'd.seq' : '+d.seq';
    const seqs = this.statement(`SELECT d.seq FROM documents d WHERE ${where.sql} ORDER BY ${order}`)
      .pluck()
      .all(where.params) as number[];
    this.lists.set(key, { mark, seqs });
    if (this.lists.size > KEPT_LISTS) this.lists.delete(this.lists.keys().next().value!);
    return seqs;
  }

  list(query: DocQuery = {}): DocSummary[] {
    const b = docBounds(query);
    const { limit, offset } = pageOf(query);
    if (b.ids) {
      const where = conditions(b);
      const rows = this.statement(
        `SELECT ${COLS} FROM json_each(@ids) j JOIN documents d ON d.id = j.value
         WHERE ${where.sql} ORDER BY j.key LIMIT @limit OFFSET @offset`,
      ).all({ ...where.params, ids: JSON.stringify(b.ids), limit, offset }) as SummaryRow[];
      return rows.map(toSummary);
    }
    const all = this.seqs(b);
    const page = all.slice(offset, limit < 0 ? undefined : offset + limit);
    if (page.length === 0) return [];
    const rows = this.rawStatement(
      `SELECT ${COLS} FROM documents d INDEXED BY documents_summary
       WHERE d.seq IN (SELECT value FROM json_each(@seqs)) ORDER BY d.seq`,
    ).all({ seqs: JSON.stringify(page) }) as SummaryTuple[];
    return rows.map(fromTuple);
  }

  count(filter: DocFilter = {}): number {
    const b = docBounds(filter);
    if (!b.ids) return this.seqs(b).length;
    const where = conditions(b);
    return (
      this.statement(
        `SELECT count(*) AS n FROM json_each(@ids) j JOIN documents d ON d.id = j.value WHERE ${where.sql}`,
      ).get({ ...where.params, ids: JSON.stringify(b.ids) }) as { n: number }
    ).n;
  }
}
