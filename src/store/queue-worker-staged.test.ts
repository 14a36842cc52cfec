import { describe, expect, it } from 'vitest';
import { DossierError } from '../errors.js';
import { makeDoc } from './contract-fixtures.js';
import { runQueueWorker, type StagedJobHandler } from './queue-worker.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

const options = { worker: 'w', leaseMs: 60_000, maxAttempts: 2, pollMs: 1, exitWhenEmpty: true };

describe('runQueueWorker with a staged handler', () => {
  it('prepares claimed jobs ahead, commits them one at a time in claim order', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const keys = ['a', 'b', 'c', 'd', 'e'];
      await store.enqueue(keys.map((k) => ({ key: k, payload: { k } })));
      const log: string[] = [];
      let committing = 0;
      const handler: StagedJobHandler<{ k: string }, string> = {
        async prepare(job) {
          log.push(`prepare ${job.payload.k}`);
          // Later jobs finish preparing first: the commits must still come in claim order.
          await new Promise((r) => setTimeout(r, 5 * (6 - keys.indexOf(job.payload.k))));
          return `Article ${job.payload.k} has some text.`;
        },
        async commit(job, text, complete) {
          expect(committing++).toBe(0);
          log.push(`commit ${job.payload.k}`);
          const r = await complete(makeDoc(text));
          committing--;
          return r;
        },
      };
      const outcomes = await runQueueWorker(store, handler, { ...options, ahead: 3 });
      expect(outcomes.map((o) => [o.key, o.status])).toEqual(keys.map((k) => [k, 'added']));
      expect(log.filter((l) => l.startsWith('commit'))).toEqual(keys.map((k) => `commit ${k}`));
      // The first job is timed alone; then three are prepared while the one in front is committed.
      expect(log.slice(0, 5)).toEqual(['prepare a', 'commit a', 'prepare b', 'prepare c', 'prepare d']);
      expect(await store.queueStats()).toEqual({ queued: 0, running: 0, done: 5, failed: 0 });
    } finally {
      await store.close();
    }
  });

  it('rejects a job whose preparation fails for its input, retries other failures, keeps the rest', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await store.enqueue(['ok1', 'bad', 'flaky', 'ok2'].map((k) => ({ key: k, payload: { k } })));
      const outcomes = await runQueueWorker<{ k: string }, string>(
        store,
        {
          async prepare(job) {
            if (job.payload.k === 'bad') throw new DossierError('NO_CONTENT', 'bad: no article text');
            if (job.payload.k === 'flaky') throw new Error('thread crashed');
            return `Article ${job.payload.k} has some text.`;
          },
          commit: (_job, text, complete) => complete(makeDoc(text)),
        },
        { ...options, ahead: 4 },
      );
      const by = (k: string) => outcomes.filter((o) => o.key === k).map((o) => o.status);
      expect(by('ok1')).toEqual(['added']);
      expect(by('ok2')).toEqual(['added']);
      expect(by('bad')).toEqual(['rejected']);
      expect(by('flaky')).toEqual(['retry', 'failed']);
      expect(outcomes.find((o) => o.key === 'bad')?.reason).toBe('bad: no article text');
      expect(await store.countDocuments()).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('when stopped, claims no more but finishes the jobs it holds', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await store.enqueue(['a', 'b', 'c', 'd', 'e'].map((k) => ({ key: k, payload: { k } })));
      const stop = new AbortController();
      const outcomes = await runQueueWorker<{ k: string }, string>(
        store,
        {
          async prepare(job) {
            if (job.payload.k === 'b') stop.abort();
            return `Article ${job.payload.k} has some text.`;
          },
          commit: (_job, text, complete) => complete(makeDoc(text)),
        },
        { ...options, exitWhenEmpty: false, ahead: 2, signal: stop.signal },
      );
      // a alone, then b and c claimed together; b stops the worker, c is still finished.
      expect(outcomes.map((o) => o.key)).toEqual(['a', 'b', 'c']);
      expect(await store.queueStats()).toMatchObject({ queued: 2, running: 0, done: 3 });
    } finally {
      await store.close();
    }
  });

  it('claims no job ahead when waiting for its turn could outlast its lease', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await store.enqueue(['a', 'b', 'c', 'd'].map((k) => ({ key: k, payload: { k } })));
      const log: string[] = [];
      const outcomes = await runQueueWorker<{ k: string }, string>(
        store,
        {
          async prepare(job) {
            log.push(`prepare ${job.payload.k}`);
            await new Promise((r) => setTimeout(r, 60));
            return `Article ${job.payload.k} has some text.`;
          },
          async commit(job, text, complete) {
            log.push(`commit ${job.payload.k}`);
            return complete(makeDoc(text));
          },
        },
        { ...options, leaseMs: 200, ahead: 4 },
      );
      expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'added', 'added']);
      expect(log).toEqual(['a', 'b', 'c', 'd'].flatMap((k) => [`prepare ${k}`, `commit ${k}`]));
    } finally {
      await store.close();
    }
  });
});
