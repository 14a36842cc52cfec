// Reads the PolNeAR attribution corpus (brat standoff, one primary annotation file per document as
// named in manifest.tsv). brat offsets count Unicode code points; they are converted here to the
// UTF-16 offsets the rest of Dossier uses. Lives in src/ because `dossier train quotes` reads the
// same files; eval/quotes-data.ts re-exports it for the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../errors.js';

export interface Range {
  start: number;
  end: number;
}

export interface GoldAttribution {
  content: Range[] | null;
  source: Range[] | null;
  cue: Range[] | null;
}

export interface GoldDoc {
  id: string;
  /** The official PolNeAR split the document comes from ('train', 'dev' or 'test'). */
  split: string;
  text: string;
  attributions: GoldAttribution[];
}

export interface ReadOptions {
  limit?: number;
  /** Keep only documents of this official split (manifest column official_split). */
  split?: string;
}

export function readPolnear(dir: string, opts: ReadOptions = {}): GoldDoc[] {
  const limit = opts.limit ?? Number.POSITIVE_INFINITY;
  const manifest = join(dir, 'manifest.tsv');
  if (!existsSync(manifest)) {
    throw new DossierError(
      'DATA_MISSING',
      `${manifest} not found; pass --data <dir> holding manifest.tsv, text/ and attributions/`,
    );
  }
  const rows = readFileSync(manifest, 'utf8').split('\n').slice(1).filter(Boolean);
  const docs: GoldDoc[] = [];
  for (const row of rows) {
    if (docs.length >= limit) break;
    const cols = row.split('\t');
    const id = cols[0];
    if (opts.split && cols[1] !== opts.split) continue;
    const text = readFileSync(join(dir, 'text', `${id}.txt`), 'utf8');
    const ann = readFileSync(join(dir, 'attributions', cols[7]), 'utf8');
    docs.push({ id, split: cols[1], text, attributions: parseAnn(ann, codePointToUtf16(text)) });
  }
  return docs;
}

function codePointToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

function parseAnn(ann: string, toUtf16: (cp: number) => number): GoldAttribution[] {
  const spans = new Map<string, Range[]>();
  const rels: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const [, ...rest] = cols[1].split(' ');
      const frags = rest
        .join(' ')
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number))
        .map(([a, b]) => ({ start: toUtf16(a), end: toUtf16(b) }));
      spans.set(cols[0], frags);
    } else if (line.startsWith('E') && cols.length >= 2) {
      rels.push(Object.fromEntries(cols[1].split(' ').map((p) => p.split(':') as [string, string])));
    }
  }
  return rels.map((r) => ({
    content: spans.get(r.Content) ?? null,
    source: spans.get(r.Source) ?? null,
    cue: spans.get(r.Cue) ?? null,
  }));
}
