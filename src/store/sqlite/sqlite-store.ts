// The embedded default store: one SQLite file (WAL, so readers never block the writer), FTS5 over
// title and clean text. better-sqlite3 is synchronous; the async Store methods wrap it so both
// backends share one interface. Write transactions are IMMEDIATE so two processes serialize cleanly.
import Database from 'better-sqlite3';
import type { Doc, Layers, Span } from '../../doc/index.js';
import { DossierError, errorMessage } from '../../errors.js';
import { type DocRow, toStoredDoc } from '../doc-record.js';
import { pendingMigrations } from '../migration.js';
import type {
  AddOptions,
  AddResult,
  CorpusFilter,
  CorpusItem,
  CorpusWrite,
  DocFilter,
  DocLayer,
  DocQuery,
  DocSummary,
  Job,
  Page,
  QueueStats,
  SearchHit,
  Store,
  StoredDoc,
} from '../store.js';
import { SqliteDocQueries } from './sqlite-doc-query.js';
import { sqliteMigrations } from './sqlite-migrations.js';
import * as queue from './sqlite-queue.js';
import { searchDocuments } from './sqlite-search.js';
import { writeCorpus, writeDocument, writeLayers } from './sqlite-write.js';
import { statement } from './statement-cache.js';

type Db = Database.Database;

export async function openSqliteStore(path: string): Promise<Store> {
  let db: Db;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 30000');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
  } catch (err) {
    throw new DossierError('STORE_ERROR', `cannot open SQLite database ${path}: ${errorMessage(err)}`);
  }
  try {
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return new SqliteStore(db);
}

function migrate(db: Db): void {
  db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
    for (const m of pendingMigrations(sqliteMigrations, row.v ?? 0)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }
  }).immediate();
}

/** SQLite needs a LIMIT for OFFSET; -1 means no limit. */
function pageOf(page?: Page): [number, number] {
  const limit = page?.limit === undefined ? -1 : Math.max(0, Math.floor(page.limit));
  return [limit, Math.max(0, Math.floor(page?.offset ?? 0))];
}

class SqliteStore implements Store {
  readonly capabilities = { fullText: true, concurrentWriters: false, queue: true };

  private readonly docs: SqliteDocQueries;
  private readonly totalChanges: Database.Statement;
  private readonly dataVersion: Database.Statement;

  constructor(private readonly db: Db) {
    this.totalChanges = db.prepare('SELECT total_changes()').pluck();
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.docs = new SqliteDocQueries(db, () => this.mark());
  }

  async addDocument(doc: Doc, options?: AddOptions): Promise<AddResult> {
    return this.db.transaction(() => writeDocument(this.db, doc, options)).immediate();
  }

  async getDocument(id: string): Promise<StoredDoc | null> {
    const row = statement(
      this.db,
      'SELECT d.*, r.sha256, r.fetched_at FROM documents d JOIN raw_inputs r ON r.doc_id = d.id WHERE d.id = ?',
    ).get(id) as DocRow | undefined;
    if (!row) return null;
    const rows = statement(this.db, 'SELECT name, spans FROM layers WHERE doc_id = ? ORDER BY name').all(
      id,
    ) as {
      name: string;
      spans: string;
    }[];
    const layers: Record<string, Span[]> = {};
    for (const l of rows) layers[l.name] = JSON.parse(l.spans) as Span[];
    return toStoredDoc(row, layers);
  }

  async getRaw(id: string): Promise<Uint8Array | null> {
    const row = statement(this.db, 'SELECT bytes FROM raw_inputs WHERE doc_id = ?').get(id) as
      | { bytes: Buffer }
      | undefined;
    return row ? new Uint8Array(row.bytes) : null;
  }

  async listLayer(name: string, page?: Page): Promise<DocLayer[]> {
    const [limit, offset] = pageOf(page);
    const rows = statement(
      this.db,
      // The page is chosen from indexes alone (layer name → document id → seq); only its rows are read.
      `SELECT d.id, d.text, l.spans FROM documents d JOIN layers l ON l.doc_id = d.id AND l.name = @name
         WHERE d.seq IN (
           SELECT d2.seq FROM layers l2 JOIN documents d2 ON d2.id = l2.doc_id
           WHERE l2.name = @name ORDER BY d2.seq LIMIT @limit OFFSET @offset)
         ORDER BY d.seq`,
    ).all({ name, limit, offset }) as { id: string; text: string; spans: string }[];
    return rows.map((r) => ({ docId: r.id, text: r.text, spans: JSON.parse(r.spans) as Span[] }));
  }

  async listDocuments(query?: DocQuery): Promise<DocSummary[]> {
    return this.docs.list(query);
  }

  async countDocuments(filter?: DocFilter): Promise<number> {
    return this.docs.count(filter);
  }

  async changeMark(): Promise<string> {
    return this.mark();
  }

  private mark(): string {
    // data_version moves when another connection commits; total_changes() counts this connection's writes.
    const version = this.dataVersion.get() as number;
    const own = this.totalChanges.get() as number;
    return `${version}.${own}`;
  }

  async search(query: string, page?: Page): Promise<SearchHit[]> {
    return searchDocuments(this.db, query, page);
  }

  async findIds(prefix: string, limit = 10): Promise<string[]> {
    const rows = statement(
      this.db,
      // A range on the id index: U+10FFFF sorts after every character an id can continue with.
      'SELECT id FROM documents WHERE id >= @prefix AND id < @prefix || char(1114111) ORDER BY id LIMIT @limit',
    ).all({ prefix, limit }) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async putLayers(id: string, layers: Layers): Promise<boolean> {
    return this.db
      .transaction(() => {
        const row = statement(this.db, 'SELECT text FROM documents WHERE id = ?').get(id) as
          | { text: string }
          | undefined;
        if (!row) return false;
        writeLayers(this.db, id, row.text, layers);
        return true;
      })
      .immediate();
  }

  async putCorpusItems(
    kind: string,
    items: CorpusItem[],
    onConflict?: CorpusWrite['onConflict'],
    links?: CorpusWrite['links'],
  ): Promise<string[]> {
    return this.db.transaction(() => writeCorpus(this.db, { kind, items, onConflict, links })).immediate();
  }

  async mergeCorpusItems(
    kind: string,
    items: CorpusItem[],
    merge: NonNullable<CorpusWrite['merge']>,
    links?: CorpusWrite['links'],
  ): Promise<string[]> {
    return this.db.transaction(() => writeCorpus(this.db, { kind, items, merge, links })).immediate();
  }

  async listCorpusItems<T>(kind: string, filter?: CorpusFilter): Promise<CorpusItem<T>[]> {
    const [limit, offset] = pageOf(filter);
    const rows = statement(
      this.db,
      `SELECT c.id, c.data,
           (SELECT json_group_array(doc_id) FROM (SELECT l.doc_id FROM corpus_item_docs l
             WHERE l.kind = c.kind AND l.id = c.id ORDER BY l.doc_id)) AS docs
         FROM corpus_items c
         WHERE c.kind = @kind
           AND (@docId IS NULL OR EXISTS (
             SELECT 1 FROM corpus_item_docs l WHERE l.kind = c.kind AND l.id = c.id AND l.doc_id = @docId))
           AND (@ids IS NULL OR c.id IN (SELECT value FROM json_each(@ids)))
         ORDER BY c.id LIMIT @limit OFFSET @offset`,
    ).all({
      kind,
      docId: filter?.docId ?? null,
      ids: filter?.ids ? JSON.stringify(filter.ids) : null,
      limit,
      offset,
    }) as {
      id: string;
      data: string;
      docs: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      data: JSON.parse(r.data) as T,
      docIds: JSON.parse(r.docs) as string[],
    }));
  }

  async getCorpusItem<T>(kind: string, id: string): Promise<CorpusItem<T> | null> {
    const [item] = await this.listCorpusItems<T>(kind, { ids: [id] });
    return item ?? null;
  }

  async enqueue(jobs: { key: string; payload: unknown }[]): Promise<number> {
    return queue.enqueue(this.db, jobs);
  }

  async claimJob<T>(worker: string, leaseMs: number): Promise<Job<T> | null> {
    return queue.claimJob<T>(this.db, worker, leaseMs);
  }

  async completeJob(jobId: string, doc: Doc, options?: AddOptions): Promise<AddResult> {
    return queue.completeJob(this.db, jobId, doc, options);
  }

  async failJob(jobId: string, error: string, maxAttempts = 3): Promise<void> {
    queue.failJob(this.db, jobId, error, maxAttempts);
  }

  async queueStats(): Promise<QueueStats> {
    return queue.queueStats(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
