// What the user typed to what Dossier reads: `-` is stdin, http(s) is a URL, a folder is every file
// in it (recursively, hidden files skipped), anything else a file or a glob (tinyglobby).
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Rejection } from './reader.js';

export type InputRef = { kind: 'file' | 'url' | 'stdin'; source: string };

async function kindOf(path: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const found = await glob('**/*', { cwd: dir, onlyFiles: true, dot: false, followSymbolicLinks: true });
  return found.sort().map((f) => join(dir, f));
}

export async function expandInput(input: string): Promise<(InputRef | Rejection)[]> {
  if (input === '-') return [{ kind: 'stdin', source: '-' }];
  if (/^https?:\/\//i.test(input)) return [{ kind: 'url', source: input }];
  const kind = await kindOf(input);
  if (kind === 'file') return [{ kind: 'file', source: input }];
  if (kind === 'dir') {
    const files = await filesUnder(input);
    if (files.length) return files.map((source) => ({ kind: 'file' as const, source }));
    return [{ source: input, code: 'NOT_FOUND', reason: `${input}: the folder holds no files` }];
  }
  if (isDynamicPattern(input)) {
    const files = (await glob(input, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
    if (files.length) return files.map((source) => ({ kind: 'file' as const, source }));
    return [{ source: input, code: 'NOT_FOUND', reason: `${input}: no files match this pattern` }];
  }
  return [{ source: input, code: 'NOT_FOUND', reason: `${input}: no such file or folder` }];
}

export async function expandInputs(inputs: string[]): Promise<(InputRef | Rejection)[]> {
  const out: (InputRef | Rejection)[] = [];
  for (const input of inputs) out.push(...(await expandInput(input)));
  return out;
}
