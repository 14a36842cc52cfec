// `dossier tag cluster` through the real binary on articles written for the test.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { dossierBin } from './shared.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dossier-cluster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const docs = [
  {
    id: 'quake1',
    text: 'A strong earthquake struck northern Chile on Monday, damaging roads near Antofagasta. Chile’s emergency office said two people were injured.',
  },
  {
    id: 'port1',
    text: 'Dock workers in Rotterdam began a 48-hour strike on Thursday over pay, halting container traffic at Europe’s largest port.',
  },
  {
    id: 'quake2',
    text: 'Rescue teams in Antofagasta checked buildings after Monday’s earthquake in northern Chile. The emergency office raised the number of injured to five.',
  },
  {
    id: 'port2',
    text: 'The Rotterdam dock strike left dozens of container ships waiting at anchor on Friday as unions and port employers resumed pay talks.',
  },
];

it('puts articles about the same happening in one cluster and others apart', async () => {
  const file = join(dir, 'docs.jsonl');
  writeFileSync(file, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
  const { stdout } = await run(process.execPath, [dossierBin, 'tag', 'cluster', '--format', 'tsv', file]);
  const cluster = new Map(
    stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t') as [string, string]),
  );
  expect([...cluster.keys()]).toEqual(['quake1', 'port1', 'quake2', 'port2']);
  expect(cluster.get('quake1')).toBe(cluster.get('quake2'));
  expect(cluster.get('port1')).toBe(cluster.get('port2'));
  expect(cluster.get('quake1')).not.toBe(cluster.get('port1'));
});

it('names the line that is not JSON', async () => {
  const file = join(dir, 'bad.jsonl');
  writeFileSync(file, '{"id":"a","text":"fine"}\nnot json\n');
  await expect(run(process.execPath, [dossierBin, 'tag', 'cluster', file])).rejects.toMatchObject({
    stderr: expect.stringContaining('bad.jsonl:2'),
  });
});
