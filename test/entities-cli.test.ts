// `dossier entities` and its corrections through the real binary on the example articles: merge,
// split and rename are stored, hold when more articles arrive, and rest on ids that a fresh
// analysis of the same articles reproduces.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { dossierBin, repoRoot } from './shared.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dossier-entities-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Row {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  docs: string[];
}

async function dossier(db: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [dossierBin, '--db', db, ...args]);
  return stdout;
}

const entities = async (db: string): Promise<Row[]> => JSON.parse(await dossier(db, 'entities', '--json'));
const examples = (name: string) => join(repoRoot, 'examples', name);

describe('dossier entities', () => {
  const db = join(dir, 'a.db');

  it('lists resolved entities as JSON with aliases and mention counts', async () => {
    await dossier(db, 'ingest', examples('01-us-operation-caracas.html'), examples('02-moscow-condemns.md'));
    const rows = await entities(db);
    const maduro = rows.find((r) => r.name === 'Nicolás Maduro')!;
    expect(maduro).toMatchObject({ type: 'PERSON' });
    expect(maduro.docs).toHaveLength(2);
    expect(maduro.aliases).toContain('Maduro');
    // roles as the texts state them, collected from the title before the name
    const zakharova = rows.find((r) => r.name === 'Maria Zakharova')!;
    expect(zakharova.roles.some((r) => /spokeswoman/i.test(r))).toBe(true);
    expect(Object.keys(rows[0]).sort()).toEqual([
      'aliases',
      'docs',
      'id',
      'mentions',
      'name',
      'roles',
      'type',
    ]);
    const people = (await dossier(db, 'entities', '--type', 'person', '--json')) as string;
    expect((JSON.parse(people) as Row[]).every((r) => r.type === 'PERSON')).toBe(true);
  });

  it('stores merge, split and rename, and keeps them when more articles arrive', async () => {
    let rows = await entities(db);
    const rubio = rows.find((r) => r.name === 'Marco Rubio')!;
    const zakharova = rows.find((r) => r.name === 'Maria Zakharova')!;
    await dossier(db, 'entities', 'rename', rubio.id, 'Marco Antonio Rubio');
    await dossier(db, 'entities', 'merge', zakharova.id, rubio.id);
    const maduro = rows.find((r) => r.name === 'Nicolás Maduro')!;
    await dossier(db, 'entities', 'split', maduro.id, 'Maduro');
    await dossier(db, 'ingest', examples('03-what-moscow-loses.json'), examples('04-wire-feed.xml'));
    rows = await entities(db);
    const renamed = rows.find((r) => r.id === rubio.id)!;
    expect(renamed.name).toBe('Marco Antonio Rubio');
    expect(renamed.aliases).toEqual(expect.arrayContaining(['Marco Rubio', 'Maria Zakharova']));
    expect(rows.some((r) => r.id === zakharova.id)).toBe(false);
    const split = rows.find((r) => r.name === 'Maduro')!;
    expect(split.mentions).toBeGreaterThan(0);
    expect(rows.find((r) => r.id === maduro.id)!.aliases).not.toContain('Maduro');
  });

  it('gives the same entity ids when the same articles are analysed afresh', async () => {
    const fresh = join(dir, 'b.db');
    await dossier(
      fresh,
      'ingest',
      examples('01-us-operation-caracas.html'),
      examples('02-moscow-condemns.md'),
    );
    const ids = new Set((await entities(fresh)).map((r) => r.id));
    expect(ids.has((await entities(db)).find((r) => r.name === 'Marco Antonio Rubio')!.id)).toBe(true);
  });

  it('exports one format to stdout and all formats to a folder', async () => {
    const ftm = (await dossier(db, 'export', '--format', 'ftm'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(ftm.some((e) => e.schema === 'Person' && e.properties.name[0] === 'Marco Antonio Rubio')).toBe(
      true,
    );
    const out = join(dir, 'export');
    await dossier(db, 'export', '-o', out);
    expect(readdirSync(out).sort()).toEqual([
      'annotations.jsonld',
      'dossier.json',
      'entities.csv',
      'events-cameo.csv',
      'events.csv',
      'ftm.jsonl',
      'graph.gexf',
      'graph.graphml',
      'mentions.csv',
      'quotes.csv',
    ]);
  });

  it('says what to do when a correction names no entity', async () => {
    await expect(dossier(db, 'entities', 'rename', 'no-such-entity', 'X')).rejects.toMatchObject({
      stderr: expect.stringContaining('dossier entities'),
    });
  });
});
