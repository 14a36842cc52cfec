// `dossier ingest --queue` and `dossier worker` through the real binary on a throwaway PostgreSQL
// cluster: articles are queued once, two workers drain the queue, every article lands exactly once.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgCluster, startPgCluster } from './pg-cluster.js';
import { dossierBin, repoRoot } from './shared.js';

const run = promisify(execFile);
let cluster: PgCluster | null = null;
let url = '';

beforeAll(async () => {
  cluster = await startPgCluster();
  if (cluster) url = await cluster.createDatabase('queue_cli');
});
afterAll(async () => {
  await cluster?.stop();
});

async function dossier(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [dossierBin, '--db', url, ...args]);
  return stdout;
}

describe('queue and workers on PostgreSQL', () => {
  it('queues the examples once, and two workers store each exactly once', async (ctx) => {
    if (!cluster) return ctx.skip();
    const examples = join(repoRoot, 'examples');
    const first = JSON.parse(await dossier('ingest', '--queue', examples, '--json')) as Array<{
      status: string;
    }>;
    expect(first.map((o) => o.status)).toEqual(Array(5).fill('queued'));
    const again = JSON.parse(await dossier('ingest', '--queue', examples, '--json')) as Array<{
      status: string;
    }>;
    expect(again.every((o) => o.status === 'duplicate')).toBe(true);
    await Promise.all([
      dossier('worker', '--exit-when-empty', '--poll', '100'),
      dossier('worker', '--exit-when-empty', '--poll', '100'),
    ]);
    const docs = JSON.parse(await dossier('docs', '--json')) as Array<{ id: string }>;
    expect(docs).toHaveLength(5);
    const people = JSON.parse(await dossier('entities', '--type', 'PERSON', '--json')) as Array<{
      name: string;
      docs: string[];
    }>;
    const maduro = people.filter((p) => p.name === 'Nicolás Maduro');
    expect(maduro).toHaveLength(1);
    expect(maduro[0].docs.length).toBeGreaterThanOrEqual(4);
  });
});
