// The PostgreSQL store, for teams and scale: many worker processes on many machines share one
// database through a connection pool. Same Store contract as SQLite; full text via a tsvector column
// (diacritics folded before indexing, 'simple' configuration so every language is treated alike).
import pg from 'pg';
import type { Doc, Layers, Span } from '../../doc/index.js';
import { DossierError, errorMessage } from '../../errors.js';
import { type DocRow, toStoredDoc } from '../doc-record.js';
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
import { changeMark, PostgresDocQueries, searchDocs } from './postgres-doc-query.js';
import * as queue from './postgres-queue.js';
import { inTransaction, migrate } from './postgres-tx.js';
import { writeCorpus, writeDocument, writeLayers } from './postgres-write.js';

export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DOSSIER_PG_POOL ?? 10) });
  pool.on('error', () => undefined); // an idle client lost its server; the next query reconnects
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end().catch(() => undefined);
    if (err instanceof DossierError) throw err;
    throw new DossierError('STORE_ERROR', `cannot open PostgreSQL database: ${errorMessage(err)}`);
  }
  return new PostgresStore(pool);
}

function pageOf(page?: Page): [number | null, number] {
  const limit = page?.limit === undefined ? null : Math.max(0, Math.floor(page.limit));
  return [limit, Math.max(0, Math.floor(page?.offset ?? 0))];
}

class PostgresStore implements Store {
  readonly capabilities = { fullText: true, concurrentWriters: true, queue: true };
  private closed = false;

  private readonly docs: PostgresDocQueries;

  constructor(private readonly pool: pg.Pool) {
    this.docs = new PostgresDocQueries(pool);
  }

  addDocument(doc: Doc, options?: AddOptions): Promise<AddResult> {
    return inTransaction(this.pool, (c) => writeDocument(c, doc, options));
  }

  async getDocument(id: string): Promise<StoredDoc | null> {
    const res = await this.pool.query<DocRow>(
      `SELECT d.id, d.source, d.title, d.authors, d.published, d.outlet, d.genre, d.syndicated_from, d.language,
         d.words, d.meta, d.text, d.removed, d.content_hash, d.added_at, d.previous_version, r.sha256, r.fetched_at
       FROM documents d JOIN raw_inputs r ON r.doc_id = d.id WHERE d.id = $1`,
      [id],
    );
    const row = res.rows[0];
    if (!row) return null;
    const ls = await this.pool.query<{ name: string; spans: Span[] }>(
      'SELECT name, spans FROM layers WHERE doc_id = $1 ORDER BY name',
      [id],
    );
    const layers: Record<string, Span[]> = {};
    for (const l of ls.rows) layers[l.name] = l.spans;
    return toStoredDoc(row, layers);
  }

  async getRaw(id: string): Promise<Uint8Array | null> {
    const res = await this.pool.query<{ bytes: Buffer }>('SELECT bytes FROM raw_inputs WHERE doc_id = $1', [
      id,
    ]);
    const row = res.rows[0];
    return row ? new Uint8Array(row.bytes) : null;
  }

  async listLayer(name: string, page?: Page): Promise<DocLayer[]> {
    const [limit, offset] = pageOf(page);
    const res = await this.pool.query<{ id: string; text: string; spans: Span[] }>(
      // The page is chosen from indexes alone (layer name → document id → seq); only its rows are read.
      `SELECT d.id, d.text, l.spans FROM documents d JOIN layers l ON l.doc_id = d.id AND l.name = $1
       WHERE d.seq IN (
         SELECT d2.seq FROM layers l2 JOIN documents d2 ON d2.id = l2.doc_id
         WHERE l2.name = $1 ORDER BY d2.seq LIMIT $2 OFFSET $3)
       ORDER BY d.seq`,
      [name, limit, offset],
    );
    return res.rows.map((r) => ({ docId: r.id, text: r.text, spans: r.spans }));
  }

  listDocuments(query?: DocQuery): Promise<DocSummary[]> {
    return this.docs.list(query);
  }

  countDocuments(filter?: DocFilter): Promise<number> {
    return this.docs.count(filter);
  }

  changeMark(): Promise<string> {
    return changeMark(this.pool);
  }

  search(query: string, page?: Page): Promise<SearchHit[]> {
    return searchDocs(this.pool, query, page);
  }

  async findIds(prefix: string, limit = 10): Promise<string[]> {
    const pattern = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
    const res = await this.pool.query<{ id: string }>(
      'SELECT id FROM documents WHERE id LIKE $1 ORDER BY id COLLATE "C" LIMIT $2',
      [pattern, limit],
    );
    return res.rows.map((r) => r.id);
  }

  putLayers(id: string, layers: Layers): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      const res = await c.query<{ text: string }>('SELECT text FROM documents WHERE id = $1 FOR SHARE', [id]);
      const row = res.rows[0];
      if (!row) return false;
      await writeLayers(c, id, row.text, layers);
      return true;
    });
  }

  putCorpusItems(
    kind: string,
    items: CorpusItem[],
    onConflict?: CorpusWrite['onConflict'],
    links?: CorpusWrite['links'],
  ): Promise<string[]> {
    return inTransaction(this.pool, (c) => writeCorpus(c, { kind, items, onConflict, links }));
  }

  mergeCorpusItems(
    kind: string,
    items: CorpusItem[],
    merge: NonNullable<CorpusWrite['merge']>,
    links?: CorpusWrite['links'],
  ): Promise<string[]> {
    return inTransaction(this.pool, (c) => writeCorpus(c, { kind, items, merge, links }));
  }

  async listCorpusItems<T>(kind: string, filter?: CorpusFilter): Promise<CorpusItem<T>[]> {
    const [limit, offset] = pageOf(filter);
    const res = await this.pool.query<{ id: string; data: T; docs: string[] }>(
      `SELECT c.id, c.data,
         ARRAY(SELECT l.doc_id FROM corpus_item_docs l WHERE l.kind = c.kind AND l.id = c.id ORDER BY l.doc_id) AS docs
       FROM corpus_items c
       WHERE c.kind = $1
         AND ($2::text IS NULL OR EXISTS (
           SELECT 1 FROM corpus_item_docs l WHERE l.kind = c.kind AND l.id = c.id AND l.doc_id = $2))
         AND ($3::text[] IS NULL OR c.id = ANY($3::text[]))
       ORDER BY c.id COLLATE "C" LIMIT $4 OFFSET $5`,
      [kind, filter?.docId ?? null, filter?.ids ?? null, limit, offset],
    );
    return res.rows.map((r) => ({ id: r.id, data: r.data, docIds: r.docs }));
  }

  async getCorpusItem<T>(kind: string, id: string): Promise<CorpusItem<T> | null> {
    const [item] = await this.listCorpusItems<T>(kind, { ids: [id] });
    return item ?? null;
  }

  enqueue(jobs: { key: string; payload: unknown }[]): Promise<number> {
    return queue.enqueue(this.pool, jobs);
  }

  claimJob<T>(worker: string, leaseMs: number): Promise<Job<T> | null> {
    return queue.claimJob<T>(this.pool, worker, leaseMs);
  }

  completeJob(jobId: string, doc: Doc, options?: AddOptions): Promise<AddResult> {
    return queue.completeJob(this.pool, jobId, doc, options);
  }

  failJob(jobId: string, error: string, maxAttempts = 3): Promise<void> {
    return queue.failJob(this.pool, jobId, error, maxAttempts);
  }

  queueStats(): Promise<QueueStats> {
    return queue.queueStats(this.pool);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
