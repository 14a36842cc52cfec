// Store contract, part 4: the document queue. Jobs are keyed (enqueue is idempotent), claimed by one
// worker at a time under a lease, retried when the lease expires or the worker reports a failure, and
// completed in the same transaction as the document they produce.
import { expect, it } from 'vitest';
import type { ContractContext } from './contract.js';
import { makeDoc, numberedDocs } from './contract-fixtures.js';

const LONG = 600_000;

export function runQueueContract({ fresh, second }: ContractContext) {
  it('enqueues by key, hands jobs out oldest first, one worker each', async () => {
    const s = await fresh();
    expect(
      await s.enqueue([
        { key: 'a', payload: { n: 1 } },
        { key: 'b', payload: { n: 2 } },
      ]),
    ).toBe(2);
    expect(
      await s.enqueue([
        { key: 'a', payload: { n: 9 } },
        { key: 'c', payload: { n: 3 } },
      ]),
    ).toBe(1);
    const j1 = await s.claimJob<{ n: number }>('w1', LONG);
    const j2 = await s.claimJob<{ n: number }>('w2', LONG);
    expect([j1!.key, j1!.payload.n, j1!.attempts]).toEqual(['a', 1, 1]);
    expect(j2!.key).toBe('b');
    expect((await s.claimJob('w3', LONG))!.key).toBe('c');
    expect(await s.claimJob('w4', LONG)).toBeNull();
    expect(await s.queueStats()).toEqual({ queued: 0, running: 3, done: 0, failed: 0 });
  });

  it('completes a job together with its document', async () => {
    const s = await fresh();
    await s.enqueue([
      { key: 'k1', payload: {} },
      { key: 'k2', payload: {} },
    ]);
    const job = (await s.claimJob('w', LONG))!;
    const r = await s.completeJob(job.id, makeDoc('Queued article text.'));
    expect(r.status).toBe('added');
    expect(await s.countDocuments()).toBe(1);
    const again = (await s.claimJob('w', LONG))!;
    expect(again.key).toBe('k2');
    expect(await s.completeJob(again.id, makeDoc('Queued  ARTICLE text.'))).toEqual({
      status: 'duplicate',
      id: r.id,
    });
    expect(await s.queueStats()).toEqual({ queued: 0, running: 0, done: 2, failed: 0 });
  });

  it('leaves the job to retry and no rows when completion fails midway', async () => {
    const s = await fresh();
    await s.enqueue([{ key: 'k', payload: {} }]);
    const job = (await s.claimJob('w', -1000))!;
    const bad = makeDoc(
      'Half written.',
      {},
      { x: [{ start: 5, end: 2, label: 'X', prov: { component: 't' } }] },
    );
    await expect(s.completeJob(job.id, bad)).rejects.toThrow();
    expect(await s.countDocuments()).toBe(0);
    expect(await s.queueStats()).toMatchObject({ running: 1, done: 0 });
    const retry = (await s.claimJob('w2', LONG))!;
    expect([retry.key, retry.attempts]).toEqual(['k', 2]);
  });

  it('hands out a job again once its lease has expired, never before', async () => {
    const s = await fresh();
    await s.enqueue([
      { key: 'held', payload: {} },
      { key: 'lost', payload: {} },
    ]);
    await s.claimJob('alive', LONG);
    await s.claimJob('dead', -1000); // a lease already in the past: the worker died
    const retried = (await s.claimJob('other', LONG))!;
    expect([retried.key, retried.attempts]).toEqual(['lost', 2]);
    expect(await s.claimJob('other', LONG)).toBeNull();
  });

  it('requeues failed jobs until maxAttempts, then marks them failed', async () => {
    const s = await fresh();
    await s.enqueue([{ key: 'f', payload: {} }]);
    for (let i = 1; i <= 2; i++) {
      const j = (await s.claimJob('w', LONG))!;
      expect(j.attempts).toBe(i);
      await s.failJob(j.id, `boom ${i}`, 2);
    }
    expect(await s.claimJob('w', LONG)).toBeNull();
    expect(await s.queueStats()).toEqual({ queued: 0, running: 0, done: 0, failed: 1 });
  });

  it('ignores a failure reported on a claim that is no longer current', async () => {
    const s = await fresh();
    await s.enqueue([{ key: 'k', payload: {} }]);
    const stale = (await s.claimJob('slow', -1000))!;
    const current = (await s.claimJob('fast', LONG))!;
    expect(current.id).not.toBe(stale.id);
    await s.failJob(stale.id, 'lease ran out long ago');
    expect(await s.queueStats()).toEqual({ queued: 0, running: 1, done: 0, failed: 0 });
    expect(await s.claimJob('third', LONG)).toBeNull();
    await s.failJob(current.id, 'really failed', 1);
    expect(await s.queueStats()).toEqual({ queued: 0, running: 0, done: 0, failed: 1 });
  });

  it('never gives one job to two connections claiming at once', async () => {
    const s = await fresh();
    const t = (await second(s)) ?? s;
    const n = 30;
    await s.enqueue(Array.from({ length: n }, (_, i) => ({ key: `j${i}`, payload: { i } })));
    const claims = await Promise.all(
      Array.from({ length: n + 6 }, (_, i) => (i % 2 ? t : s).claimJob(`w${i}`, LONG)),
    );
    const keys = claims.filter((c) => c !== null).map((c) => c!.key);
    expect(keys).toHaveLength(n);
    expect(new Set(keys).size).toBe(n);
    const docs = numberedDocs(n);
    await Promise.all(
      claims.flatMap((c, i) => (c ? [(i % 2 ? t : s).completeJob(c.id, docs[Number(c.key.slice(1))]!)] : [])),
    );
    expect(await s.countDocuments()).toBe(n);
    expect(await t.queueStats()).toEqual({ queued: 0, running: 0, done: n, failed: 0 });
  });
}
