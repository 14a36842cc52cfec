// `-` reads one article from standard input, through the real CLI binary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { story, storyHtml, storyText } from './ingest-fixtures.js';
import { dossierBin } from './shared.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-stdin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ingestStdin(input: string, db: string) {
  return spawnSync('node', [dossierBin, '--db', db, 'ingest', '-', '--json'], { input, encoding: 'utf8' });
}

describe('ingest from stdin', () => {
  it('reads HTML and Markdown piped in, and reports the repeat as a duplicate', () => {
    const db = join(dir, 'stdin.db');
    const html = ingestStdin(storyHtml(story(61)), db);
    expect(html.status).toBe(0);
    expect(JSON.parse(html.stdout)).toEqual([expect.objectContaining({ input: '-', status: 'added' })]);
    const md = ingestStdin(storyText(story(62)), db);
    expect(JSON.parse(md.stdout)).toEqual([expect.objectContaining({ input: '-', status: 'added' })]);
    const again = ingestStdin(storyHtml(story(61)), db);
    expect(JSON.parse(again.stdout)).toEqual([expect.objectContaining({ status: 'duplicate' })]);
  });

  it('rejects empty input with exit code 2 and a plain summary without --json', () => {
    const r = spawnSync('node', [dossierBin, '--db', join(dir, 'empty.db'), 'ingest', '-'], {
      input: '',
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('0 added, 0 duplicate, 1 rejected');
    expect(r.stdout).toContain('EMPTY_INPUT');
  });
});
