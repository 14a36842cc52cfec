// Document listings on SQLite: filters on the covering indexes of migration 2, the page's sequence numbers
// picked from the index alone (ORDER BY +seq keeps the planner on the filter's index instead of walking the
// whole table in insertion order), and only then the page's rows read. An `ids` filter lists in its own order.
import type Database from 'better-sqlite3';
import { boundKeys, docBounds } from '../doc-filter.js';
import { type SummaryRow, toSummary } from '../doc-record.js';
import type { DocFilter, DocQuery, DocSummary } from '../store.js';

type Db = Database.Database;

const COLS =
  'd.id, d.source, d.title, d.authors, d.published, d.outlet, d.genre, d.syndicated_from, d.language, d.words';

const CONDITIONS = {
  outlet: 'd.outlet = @outlet',
  genre: 'd.genre = @genre',
  language: 'd.language = @language',
  from: 'd.published >= @from',
  toEnd: 'd.published <= @toEnd',
  ids: 'TRUE',
} as const;

function where(keys: (keyof typeof CONDITIONS)[]): string {
  const conds = keys.filter((k) => k !== 'ids').map((k) => CONDITIONS[k]);
  return conds.length ? `WHERE ${conds.join(' AND ')}` : '';
}

/** Prepared statements per query shape: a shape is which filters are set. */
export class SqliteDocQueries {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Db) {}

  private statement(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  list(query: DocQuery = {}): DocSummary[] {
    const b = docBounds(query);
    const keys = boundKeys(b);
    const limit = query.limit === undefined ? -1 : Math.max(0, Math.floor(query.limit));
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const params: Record<string, unknown> = { ...pick(b, keys), limit, offset };
    let sql: string;
    if (b.ids) {
      const cond = where(keys).replace(/^WHERE /, 'AND ');
      sql = `SELECT ${COLS} FROM json_each(@ids) j JOIN documents d ON d.id = j.value
             WHERE TRUE ${cond} ORDER BY j.key LIMIT @limit OFFSET @offset`;
      params.ids = JSON.stringify(b.ids);
    } else {
      // Unfiltered, the narrow seq index is in order already; filtered, +seq keeps the filter's index in use.
      const order = keys.length ? '+d.seq' : 'd.seq';
      sql = `SELECT ${COLS} FROM documents d WHERE d.seq IN (
               SELECT d.seq FROM documents d ${where(keys)} ORDER BY ${order} LIMIT @limit OFFSET @offset)
             ORDER BY d.seq`;
    }
    return (this.statement(sql).all(params) as SummaryRow[]).map(toSummary);
  }

  count(filter: DocFilter = {}): number {
    const b = docBounds(filter);
    const keys = boundKeys(b);
    const params = pick(b, keys);
    let sql = `SELECT count(*) AS n FROM documents d ${where(keys)}`;
    if (b.ids) {
      const cond = where(keys).replace(/^WHERE /, 'AND ');
      sql = `SELECT count(*) AS n FROM json_each(@ids) j JOIN documents d ON d.id = j.value WHERE TRUE ${cond}`;
      params.ids = JSON.stringify(b.ids);
    }
    return (this.statement(sql).get(params) as { n: number }).n;
  }
}

function pick(b: ReturnType<typeof docBounds>, keys: (keyof typeof CONDITIONS)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k !== 'ids') out[k] = b[k];
  return out;
}
