// The document queue on SQLite: the same semantics as PostgreSQL's (leases, retries, completion in
// the document's transaction) for workers on one machine; IMMEDIATE transactions serialize claims.
import type Database from 'better-sqlite3';
import type { Doc } from '../../doc/index.js';
import { formatJobId, parseJobId } from '../job-id.js';
import type { AddOptions, AddResult, Job, QueueStats } from '../store.js';
import { storeJson, storeText } from '../store-json.js';
import { writeDocument } from './sqlite-write.js';
import { statement } from './statement-cache.js';

type Db = Database.Database;

export function enqueue(db: Db, jobs: { key: string; payload: unknown }[]): number {
  const ins = statement(
    db,
    'INSERT INTO jobs (key, payload, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
  );
  const now = new Date().toISOString();
  return db
    .transaction(() =>
      jobs.reduce((n, j) => n + ins.run(storeText(j.key), storeJson(j.payload), now).changes, 0),
    )
    .immediate();
}

export function claimJob<T>(db: Db, worker: string, leaseMs: number): Job<T> | null {
  return db
    .transaction(() => {
      const now = Date.now();
      const row = statement(
        db,
        `SELECT seq, key, payload, attempts FROM jobs
           WHERE status = 'queued' OR (status = 'running' AND locked_until < ?) ORDER BY seq LIMIT 1`,
      ).get(now) as { seq: number; key: string; payload: string; attempts: number } | undefined;
      if (!row) return null;
      statement(
        db,
        "UPDATE jobs SET status = 'running', attempts = attempts + 1, worker = ?, locked_until = ?, updated_at = ? WHERE seq = ?",
      ).run(worker, now + leaseMs, new Date(now).toISOString(), row.seq);
      return {
        id: formatJobId(row.seq, row.attempts + 1),
        key: row.key,
        payload: JSON.parse(row.payload) as T,
        attempts: row.attempts + 1,
      };
    })
    .immediate();
}

export function completeJob(db: Db, jobId: string, doc: Doc, options?: AddOptions): AddResult {
  return db
    .transaction(() => {
      const result = writeDocument(db, doc, options);
      statement(
        db,
        "UPDATE jobs SET status = 'done', doc_id = ?, locked_until = NULL, updated_at = ? WHERE seq = ? AND status <> 'done'",
      ).run(result.id, new Date().toISOString(), parseJobId(jobId).seq);
      return result;
    })
    .immediate();
}

export function failJob(db: Db, jobId: string, error: string, maxAttempts: number): void {
  const { seq, attempt } = parseJobId(jobId);
  statement(
    db,
    `UPDATE jobs SET status = CASE WHEN attempts >= ? THEN 'failed' ELSE 'queued' END,
       error = ?, locked_until = NULL, updated_at = ? WHERE seq = ? AND attempts = ? AND status = 'running'`,
  ).run(maxAttempts, storeText(error), new Date().toISOString(), seq, attempt);
}

export function queueStats(db: Db): QueueStats {
  const stats: QueueStats = { queued: 0, running: 0, done: 0, failed: 0 };
  const rows = statement(db, 'SELECT status, count(*) AS n FROM jobs GROUP BY status').all() as {
    status: keyof QueueStats;
    n: number;
  }[];
  for (const r of rows) stats[r.status] = r.n;
  return stats;
}
