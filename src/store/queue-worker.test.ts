import { describe, expect, it } from 'vitest';
import { DossierError } from '../errors.js';
import { makeDoc } from './contract-fixtures.js';
import { runQueueWorker } from './queue-worker.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

describe('runQueueWorker', () => {
  it('completes, rejects, retries and gives up, then stops when the queue is idle', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await store.enqueue(['ok', 'bad-input', 'flaky', 'lazy'].map((k) => ({ key: k, payload: { k } })));
      const outcomes = await runQueueWorker<{ k: string }>(
        store,
        async (job, complete) => {
          if (job.payload.k === 'ok') return complete(makeDoc('A fine article.'));
          if (job.payload.k === 'bad-input') throw new DossierError('NO_CONTENT', 'no article text');
          if (job.payload.k === 'flaky') throw new Error('connection reset');
          return { status: 'added', id: 'x', previousVersion: null }; // never completes its job
        },
        { worker: 'w', leaseMs: 60_000, maxAttempts: 2, pollMs: 1, exitWhenEmpty: true },
      );
      const by = (k: string) => outcomes.filter((o) => o.key === k).map((o) => o.status);
      expect(by('ok')).toEqual(['added']);
      expect(by('bad-input')).toEqual(['rejected']);
      expect(by('flaky')).toEqual(['retry', 'failed']);
      expect(by('lazy')).toEqual(['retry', 'failed']);
      expect(await store.queueStats()).toEqual({ queued: 0, running: 0, done: 1, failed: 3 });
      expect(await store.countDocuments()).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('stops at once when aborted', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const stop = new AbortController();
      stop.abort();
      const outcomes = await runQueueWorker(store, async () => Promise.reject(new Error('unused')), {
        worker: 'w',
        leaseMs: 1000,
        maxAttempts: 1,
        pollMs: 10_000,
        exitWhenEmpty: false,
        signal: stop.signal,
      });
      expect(outcomes).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
