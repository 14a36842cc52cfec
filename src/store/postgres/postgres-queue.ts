// The document queue on PostgreSQL. A worker claims the oldest available job with FOR UPDATE SKIP
// LOCKED (so workers never wait on each other or take the same job) and holds it for a lease; if the
// worker dies, the lease runs out and another worker takes the job. Completing a job writes the
// document in the same transaction, so a crash never leaves half a document or a lost job.
import type pg from 'pg';
import type { Doc } from '../../doc/index.js';
import { formatJobId, parseJobId } from '../job-id.js';
import type { AddOptions, AddResult, Job, QueueStats } from '../store.js';
import { storeJson, storeText } from '../store-json.js';
import { inTransaction } from './postgres-tx.js';
import { writeDocument } from './postgres-write.js';

export async function enqueue(pool: pg.Pool, jobs: { key: string; payload: unknown }[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const res = await pool.query(
    `INSERT INTO jobs (key, payload) SELECT k, p::jsonb FROM unnest($1::text[], $2::text[]) AS t(k, p)
     ON CONFLICT (key) DO NOTHING`,
    [jobs.map((j) => storeText(j.key)), jobs.map((j) => storeJson(j.payload))],
  );
  return res.rowCount ?? 0;
}

export async function claimJob<T>(pool: pg.Pool, worker: string, leaseMs: number): Promise<Job<T> | null> {
  const res = await pool.query<{ seq: string; key: string; payload: T; attempts: number }>(
    `UPDATE jobs SET status = 'running', attempts = attempts + 1, worker = $1,
       locked_until = now() + $2 * interval '1 millisecond', updated_at = now()
     WHERE seq = (
       SELECT seq FROM jobs
       WHERE status = 'queued' OR (status = 'running' AND locked_until < now())
       ORDER BY seq FOR UPDATE SKIP LOCKED LIMIT 1)
     RETURNING seq, key, payload, attempts`,
    [worker, leaseMs],
  );
  const row = res.rows[0];
  return row
    ? { id: formatJobId(row.seq, row.attempts), key: row.key, payload: row.payload, attempts: row.attempts }
    : null;
}

export async function completeJob(
  pool: pg.Pool,
  jobId: string,
  doc: Doc,
  options?: AddOptions,
): Promise<AddResult> {
  return inTransaction(pool, async (c) => {
    const result = await writeDocument(c, doc, options);
    await c.query(
      "UPDATE jobs SET status = 'done', doc_id = $2, locked_until = NULL, updated_at = now() WHERE seq = $1 AND status <> 'done'",
      [parseJobId(jobId).seq, result.id],
    );
    return result;
  });
}

export async function failJob(
  pool: pg.Pool,
  jobId: string,
  error: string,
  maxAttempts: number,
): Promise<void> {
  const { seq, attempt } = parseJobId(jobId);
  await pool.query(
    `UPDATE jobs SET status = CASE WHEN attempts >= $2 THEN 'failed' ELSE 'queued' END,
       error = $3, locked_until = NULL, updated_at = now() WHERE seq = $1 AND attempts = $4 AND status = 'running'`,
    [seq, maxAttempts, storeText(error), attempt],
  );
}

export async function queueStats(pool: pg.Pool): Promise<QueueStats> {
  const stats: QueueStats = { queued: 0, running: 0, done: 0, failed: 0 };
  const res = await pool.query<{ status: keyof QueueStats; n: string }>(
    'SELECT status, count(*) AS n FROM jobs GROUP BY status',
  );
  for (const r of res.rows) stats[r.status] = Number(r.n);
  return stats;
}
