// The embedded default store: one SQLite file (WAL, so readers never block the writer), FTS5 over
// title and clean text. better-sqlite3 is synchronous; the async Store methods wrap it so both
// backends share one interface. Write transactions are IMMEDIATE so two processes serialize cleanly.
import Database from 'better-sqlite3';
import type { Doc, Layers, Span } from '../../doc/index.js';
import { DossierError, errorMessage } from '../../errors.js';
import { type DocRow, type SummaryRow, toRecord, toStoredDoc, toSummary } from '../doc-record.js';
import { layerJson } from '../layer-json.js';
import { pendingMigrations } from '../migration.js';
import { toFts5Query } from '../search-text.js';
import type {
  AddOptions,
  AddResult,
  CorpusFilter,
  CorpusItem,
  CorpusWrite,
  DocSummary,
  Job,
  Page,
  QueueStats,
  SearchHit,
  Store,
  StoredDoc,
} from '../store.js';
import { sqliteMigrations } from './sqlite-migrations.js';

type Db = Database.Database;

const SUMMARY_COLS = 'id, source, title, authors, published, outlet, genre, syndicated_from, language, words';

export async function openSqliteStore(path: string): Promise<Store> {
  let db: Db;
  try {
    db = new Database(path);
  } catch (err) {
    throw new DossierError('STORE_ERROR', `cannot open SQLite database ${path}: ${errorMessage(err)}`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return new SqliteStore(db);
}

function migrate(db: Db): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  db.transaction(() => {
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

function pageOf(page?: Page): [number, number] {
  const limit = Math.max(0, Math.floor(page?.limit ?? 1_000_000));
  const offset = Math.max(0, Math.floor(page?.offset ?? 0));
  return [limit, offset];
}

class SqliteStore implements Store {
  readonly capabilities = { fullText: true, concurrentWriters: false, queue: true };

  constructor(private readonly db: Db) {}

  async addDocument(doc: Doc, options?: AddOptions): Promise<AddResult> {
    return this.db.transaction(() => this.writeDocument(doc, options)).immediate();
  }

  /** The body of one document's transaction; callers hold the transaction. */
  private writeDocument(doc: Doc, options?: AddOptions): AddResult {
    const r = toRecord(doc);
    const db = this.db;
    const prev = r.versionKey
      ? (db
          .prepare('SELECT id, version FROM documents WHERE version_key = ? ORDER BY version DESC LIMIT 1')
          .get(r.versionKey) as { id: string; version: number } | undefined)
      : undefined;
    const ins = db
      .prepare(
        `INSERT INTO documents (id, content_hash, source, version_key, version, previous_version, title, authors,
           published, outlet, genre, syndicated_from, language, words, meta, text, removed, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (content_hash) DO NOTHING`,
      )
      .run(
        r.id,
        r.contentHash,
        r.source,
        r.versionKey,
        prev ? prev.version + 1 : 1,
        prev?.id ?? null,
        r.title,
        JSON.stringify(r.authors),
        r.published,
        r.outlet,
        r.genre,
        r.syndicatedFrom,
        r.language,
        r.words,
        JSON.stringify(r.meta),
        r.text,
        JSON.stringify(r.removed),
        new Date().toISOString(),
      );
    if (ins.changes === 0) {
      const existing = db.prepare('SELECT id FROM documents WHERE content_hash = ?').get(r.contentHash) as {
        id: string;
      };
      return { status: 'duplicate', id: existing.id };
    }
    db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(
      ins.lastInsertRowid,
      r.title ?? '',
      r.text,
    );
    db.prepare(
      'INSERT INTO raw_inputs (doc_id, source, bytes, sha256, fetched_at, content_type) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(r.id, r.source, Buffer.from(r.bytes), r.sha256, r.fetchedAt, r.contentType);
    this.writeLayers(r.id, r.text, doc.layers);
    for (const w of options?.corpus ?? []) this.writeCorpus(w.kind, w.items, w.onConflict);
    return { status: 'added', id: r.id, previousVersion: prev?.id ?? null };
  }

  private writeLayers(id: string, text: string, layers: Layers): void {
    const put = this.db.prepare(
      'INSERT INTO layers (doc_id, name, spans) VALUES (?, ?, ?) ON CONFLICT (doc_id, name) DO UPDATE SET spans = excluded.spans',
    );
    for (const [name, spans] of Object.entries(layers)) put.run(id, name, layerJson(id, text, name, spans));
  }

  async getDocument(id: string): Promise<StoredDoc | null> {
    const row = this.db
      .prepare(
        `SELECT d.*, r.sha256, r.fetched_at FROM documents d JOIN raw_inputs r ON r.doc_id = d.id WHERE d.id = ?`,
      )
      .get(id) as DocRow | undefined;
    if (!row) return null;
    const layers: Record<string, Span[]> = {};
    const rows = this.db.prepare('SELECT name, spans FROM layers WHERE doc_id = ? ORDER BY name').all(id) as {
      name: string;
      spans: string;
    }[];
    for (const l of rows) layers[l.name] = JSON.parse(l.spans) as Span[];
    return toStoredDoc(row, layers);
  }

  async getRaw(id: string): Promise<Uint8Array | null> {
    const row = this.db.prepare('SELECT bytes FROM raw_inputs WHERE doc_id = ?').get(id) as
      | { bytes: Buffer }
      | undefined;
    return row ? new Uint8Array(row.bytes) : null;
  }

  async listDocuments(page?: Page): Promise<DocSummary[]> {
    const [limit, offset] = pageOf(page);
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLS} FROM documents ORDER BY seq LIMIT ? OFFSET ?`)
      .all(limit, offset) as SummaryRow[];
    return rows.map(toSummary);
  }

  async countDocuments(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  async search(query: string, page?: Page): Promise<SearchHit[]> {
    const match = toFts5Query(query);
    if (!match) return [];
    const [limit, offset] = pageOf(page);
    const rows = this.db
      .prepare(
        `SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 24) AS snippet, -bm25(documents_fts) AS score
         FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
         WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts), d.seq LIMIT ? OFFSET ?`,
      )
      .all(match, limit, offset) as SearchHit[];
    return rows.map((h) => ({ ...h, score: Number(h.score) }));
  }

  async findIds(prefix: string, limit = 10): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT id FROM documents WHERE substr(id, 1, length(?)) = ? ORDER BY id LIMIT ?')
      .all(prefix, prefix, limit) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async putLayers(id: string, layers: Layers): Promise<boolean> {
    return this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT text FROM documents WHERE id = ?').get(id) as
          | { text: string }
          | undefined;
        if (!row) return false;
        this.writeLayers(id, row.text, layers);
        return true;
      })
      .immediate();
  }

  async putCorpusItems(
    kind: string,
    items: CorpusItem[],
    onConflict?: CorpusWrite['onConflict'],
  ): Promise<string[]> {
    return this.db.transaction(() => this.writeCorpus(kind, items, onConflict)).immediate();
  }

  private writeCorpus(
    kind: string,
    items: CorpusItem[],
    onConflict: CorpusWrite['onConflict'] = 'replace',
  ): string[] {
    const now = new Date().toISOString();
    const upsert = this.db.prepare(
      onConflict === 'keep'
        ? 'INSERT INTO corpus_items (kind, id, data, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, id) DO NOTHING'
        : 'INSERT INTO corpus_items (kind, id, data, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
    );
    const unlink = this.db.prepare('DELETE FROM corpus_item_docs WHERE kind = ? AND id = ?');
    const link = this.db.prepare(
      'INSERT INTO corpus_item_docs (kind, id, doc_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    const written: string[] = [];
    for (const item of items) {
      if (upsert.run(kind, item.id, JSON.stringify(item.data), now).changes === 0) continue;
      written.push(item.id);
      unlink.run(kind, item.id);
      for (const d of item.docIds ?? []) link.run(kind, item.id, d);
    }
    return written;
  }

  async listCorpusItems<T>(kind: string, filter?: CorpusFilter): Promise<CorpusItem<T>[]> {
    const [limit, offset] = pageOf(filter);
    const where = ['c.kind = ?'];
    const args: unknown[] = [kind];
    if (filter?.docId !== undefined) {
      where.push(
        'EXISTS (SELECT 1 FROM corpus_item_docs l WHERE l.kind = c.kind AND l.id = c.id AND l.doc_id = ?)',
      );
      args.push(filter.docId);
    }
    if (filter?.ids) {
      where.push('c.id IN (SELECT value FROM json_each(?))');
      args.push(JSON.stringify(filter.ids));
    }
    const rows = this.db
      .prepare(
        `SELECT c.id, c.data, (SELECT json_group_array(doc_id) FROM corpus_item_docs l WHERE l.kind = c.kind AND l.id = c.id) AS docs
         FROM corpus_items c WHERE ${where.join(' AND ')} ORDER BY c.id LIMIT ? OFFSET ?`,
      )
      .all(...args, limit, offset) as { id: string; data: string; docs: string }[];
    return rows.map((r) => ({
      id: r.id,
      data: JSON.parse(r.data) as T,
      docIds: (JSON.parse(r.docs) as string[]).sort(),
    }));
  }

  async getCorpusItem<T>(kind: string, id: string): Promise<CorpusItem<T> | null> {
    const [item] = await this.listCorpusItems<T>(kind, { ids: [id] });
    return item ?? null;
  }

  async enqueue(jobs: { key: string; payload: unknown }[]): Promise<number> {
    const ins = this.db.prepare(
      'INSERT INTO jobs (key, payload, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
    );
    const now = new Date().toISOString();
    return this.db
      .transaction(() => jobs.reduce((n, j) => n + ins.run(j.key, JSON.stringify(j.payload), now).changes, 0))
      .immediate();
  }

  async claimJob<T>(worker: string, leaseMs: number): Promise<Job<T> | null> {
    return this.db
      .transaction(() => {
        const now = Date.now();
        const row = this.db
          .prepare(
            `SELECT seq, key, payload, attempts FROM jobs
             WHERE status = 'queued' OR (status = 'running' AND locked_until < ?) ORDER BY seq LIMIT 1`,
          )
          .get(now) as { seq: number; key: string; payload: string; attempts: number } | undefined;
        if (!row) return null;
        this.db
          .prepare(
            "UPDATE jobs SET status = 'running', attempts = attempts + 1, worker = ?, locked_until = ?, updated_at = ? WHERE seq = ?",
          )
          .run(worker, now + leaseMs, new Date(now).toISOString(), row.seq);
        return {
          id: String(row.seq),
          key: row.key,
          payload: JSON.parse(row.payload) as T,
          attempts: row.attempts + 1,
        };
      })
      .immediate();
  }

  async completeJob(jobId: string, doc: Doc, options?: AddOptions): Promise<AddResult> {
    return this.db
      .transaction(() => {
        const result = this.writeDocument(doc, options);
        this.db
          .prepare(
            "UPDATE jobs SET status = 'done', doc_id = ?, locked_until = NULL, updated_at = ? WHERE seq = ?",
          )
          .run(result.id, new Date().toISOString(), Number(jobId));
        return result;
      })
      .immediate();
  }

  async failJob(jobId: string, error: string, maxAttempts = 3): Promise<void> {
    this.db
      .prepare(
        `UPDATE jobs SET status = CASE WHEN attempts >= ? THEN 'failed' ELSE 'queued' END,
           error = ?, locked_until = NULL, updated_at = ? WHERE seq = ? AND status <> 'done'`,
      )
      .run(maxAttempts, error, new Date().toISOString(), Number(jobId));
  }

  async queueStats(): Promise<QueueStats> {
    const stats: QueueStats = { queued: 0, running: 0, done: 0, failed: 0 };
    const rows = this.db.prepare('SELECT status, count(*) AS n FROM jobs GROUP BY status').all() as {
      status: keyof QueueStats;
      n: number;
    }[];
    for (const r of rows) stats[r.status] = r.n;
    return stats;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
