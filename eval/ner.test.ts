// The NER commands end to end on small files the test writes itself: CoNLL in → one more column
// out with -DOCSTART- and blank lines passed through, plain text → JSON offsets, eval figures,
// CrossNER detection and type mapping, and a tiny retrain whose model the tagger then loads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierBin } from '../test/shared.js';
import { detectFormat, evalNer } from './ner.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-ner-'));
const CONLL = [
  '-DOCSTART- -X- O O',
  '',
  'German JJ I-NP I-MISC',
  'Chancellor NNP I-NP O',
  'Angela NNP I-NP I-PER',
  'Merkel NNP I-NP I-PER',
  'visited VBD I-VP O',
  'Paris NNP I-NP I-LOC',
  '. . O O',
  '',
  'The DT I-NP O',
  'World NNP I-NP I-ORG',
  'Bank NNP I-NP I-ORG',
  'agreed VBD I-VP O',
  '. . O O',
  '',
].join('\n');
const conllFile = join(dir, 'tiny.conll');
writeFileSync(conllFile, CONLL);

const dossier = (args: string[], input?: string, env: Record<string, string> = {}) =>
  execFileSync('node', [dossierBin, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });

describe('dossier tag/eval/train ner', () => {
  it('appends a predicted IOB2 column and passes other lines through', () => {
    const out = dossier(['tag', 'ner', '--format', 'conll', conllFile]).split('\n');
    const lines = CONLL.split('\n');
    expect(out).toHaveLength(lines.length);
    expect(out[0]).toBe('-DOCSTART- -X- O O');
    expect(out[1]).toBe('');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === '' || lines[i].startsWith('-DOCSTART-')) expect(out[i]).toBe(lines[i]);
      else expect(out[i].startsWith(`${lines[i]} `)).toBe(true);
    }
    expect(out.slice(4, 6).map((l) => l.split(' ')[4])).toEqual(['B-PER', 'I-PER']);
  });

  it('gives JSON mentions with offsets into the text as read from stdin', () => {
    const text = '  Angela Merkel visited Paris.\n';
    const found = JSON.parse(dossier(['tag', 'ner', '--format', 'json', '-'], text)) as {
      start: number;
      end: number;
      text: string;
      type: string;
    }[];
    expect(found).toContainEqual({ start: 2, end: 15, text: 'Angela Merkel', type: 'PERSON' });
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('scores a CoNLL file and maps CrossNER types', () => {
    const r = JSON.parse(dossier(['eval', 'ner', '--data', conllFile, '--json'])) as {
      overall: { f1: number; tp: number; fn: number };
    };
    expect(r.overall.tp + r.overall.fn).toBe(4);
    const cross = join(dir, 'cross.txt');
    writeFileSync(
      cross,
      'Angela\tB-politician\nMerkel\tI-politician\nvisited\tO\nFrance\tB-country\n.\tO\n\n',
    );
    expect(detectFormat(readFileSync(cross, 'utf8'))).toBe('crossner');
    const c = evalNer(cross);
    expect(Object.keys(c.byType).sort()).toEqual(['LOC', 'PER']);
    expect(c.overall.f1).toBe(1);
  });

  it('retrains a model that the tagger then loads', () => {
    const model = join(dir, 'tiny.bin.gz');
    execFileSync('node', [dossierBin, 'train', 'ner', '--data', conllFile, '--out', model, '--epochs', '2'], {
      stdio: 'pipe',
    });
    const out = dossier(['tag', 'ner', '--format', 'conll', '--raw', conllFile], undefined, {
      DOSSIER_NER_MODEL: model,
    });
    expect(out.split('\n')[4].endsWith('B-PER')).toBe(true);
  });

  it('rejects an unknown format with an actionable message', () => {
    expect(() =>
      execFileSync('node', [dossierBin, 'tag', 'ner', '--format', 'xml', conllFile], { stdio: 'pipe' }),
    ).toThrow(/use conll or json/);
  });
});
