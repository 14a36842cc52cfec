// PostgreSQL store (first cut: connects; the full implementation follows).
import pg from 'pg';
import { DossierError } from '../../errors.js';
import type { Store } from '../store.js';

export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url });
  await pool.query('SELECT 1');
  const notYet = async (): Promise<never> => {
    throw new DossierError('STORE_ERROR', 'the PostgreSQL store is not implemented yet');
  };
  return {
    capabilities: { fullText: true, concurrentWriters: true, queue: true },
    addDocument: notYet,
    getDocument: notYet,
    getRaw: notYet,
    listDocuments: notYet,
    countDocuments: notYet,
    search: notYet,
    findIds: notYet,
    putLayers: notYet,
    putCorpusItems: notYet,
    listCorpusItems: notYet,
    getCorpusItem: notYet,
    enqueue: notYet,
    claimJob: notYet,
    completeJob: notYet,
    failJob: notYet,
    queueStats: notYet,
    close: () => pool.end(),
  };
}
