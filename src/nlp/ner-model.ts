// The trained tagger on disk: feature names plus sparse, 16-bit quantized weight rows and the
// transition weights, gzipped. Loaded lazily on first use from models/ner/ (found by walking up
// from this module, so it works from src/ under tsx and from dist/ after a build).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DossierError } from '../errors.js';
import { L, LABELS } from './ner-labels.js';
import type { LinearModel } from './perceptron.js';

export const NER_MODEL_FILE = 'ner-conll.bin.gz';
const MAGIC = 'DOSSIER-NER-1';

export interface NerModel extends LinearModel {
  features: Map<string, number>;
  meta: Record<string, unknown>;
}

/** Writes the model, dropping weights below `minWeight` of the largest and features left empty. */
export function saveNerModel(
  path: string,
  features: readonly string[],
  m: LinearModel,
  meta: Record<string, unknown>,
  minWeight = 0.002,
): number {
  let maxAbs = 0;
  for (const v of m.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 32767 || 1;
  const cut = maxAbs * minWeight;
  const names: string[] = [];
  const rows: number[] = [];
  for (let f = 0; f < features.length; f++) {
    let mask = 0;
    const vals: number[] = [];
    for (let y = 0; y < L; y++) {
      const v = m.weights[f * L + y];
      if (Math.abs(v) >= cut && Math.round(v / scale) !== 0) {
        mask |= 1 << y;
        vals.push(Math.round(v / scale));
      }
    }
    if (mask === 0) continue;
    names.push(features[f]);
    rows.push(mask, ...vals);
  }
  const header = Buffer.from(
    `${JSON.stringify({ magic: MAGIC, labels: LABELS, scale, count: names.length, meta })}\n`,
  );
  const nameBuf = Buffer.from(names.join('\n'));
  const body = Buffer.alloc(4 + nameBuf.length + rows.length * 4 + m.trans.length * 4);
  let o = body.writeUInt32LE(nameBuf.length, 0);
  o += nameBuf.copy(body, o);
  let r = 0;
  for (let k = 0; k < names.length; k++) {
    const mask = rows[r++];
    o = body.writeUInt32LE(mask >>> 0, o);
    for (let y = 0; y < L; y++) if (mask & (1 << y)) o = body.writeInt16LE(rows[r++], o);
  }
  for (const v of m.trans) o = body.writeFloatLE(v, o);
  const gz = gzipSync(Buffer.concat([header, body.subarray(0, o)]), { level: 9 });
  writeFileSync(path, gz);
  return names.length;
}

export function loadNerModel(path: string): NerModel {
  if (!existsSync(path)) {
    throw new DossierError(
      'DATA_MISSING',
      `${path}: entity model not found; retrain it with \`dossier train ner --data <conll file> --out ${path}\``,
    );
  }
  const raw = gunzipSync(readFileSync(path));
  const nl = raw.indexOf(10);
  const head = JSON.parse(raw.subarray(0, nl).toString('utf8')) as {
    magic: string;
    labels: string[];
    scale: number;
    count: number;
    meta: Record<string, unknown>;
  };
  if (head.magic !== MAGIC || head.labels.join() !== LABELS.join()) {
    throw new DossierError(
      'MALFORMED_INPUT',
      `${path}: not an entity model of this version; retrain it with \`dossier train ner\``,
    );
  }
  let o = nl + 1;
  const nameLen = raw.readUInt32LE(o);
  o += 4;
  const names = raw
    .subarray(o, o + nameLen)
    .toString('utf8')
    .split('\n');
  o += nameLen;
  const features = new Map<string, number>();
  const weights = new Float32Array(head.count * L);
  for (let f = 0; f < head.count; f++) {
    features.set(names[f], f);
    const mask = raw.readUInt32LE(o);
    o += 4;
    for (let y = 0; y < L; y++) {
      if (mask & (1 << y)) {
        weights[f * L + y] = raw.readInt16LE(o) * head.scale;
        o += 2;
      }
    }
  }
  const trans = new Float32Array(L * L + 2 * L);
  for (let k = 0; k < trans.length; k++, o += 4) trans[k] = raw.readFloatLE(o);
  return { features, weights, trans, meta: head.meta };
}

/** models/ner/<file> of the repository this module belongs to (or DOSSIER_NER_MODEL). */
export function defaultNerModelPath(): string {
  if (process.env.DOSSIER_NER_MODEL) return process.env.DOSSIER_NER_MODEL;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 6; k++) {
    const p = join(dir, 'models', 'ner', NER_MODEL_FILE);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models', 'ner', NER_MODEL_FILE);
}

let cached: NerModel | null = null;

export function defaultNerModel(): NerModel {
  cached ??= loadNerModel(defaultNerModelPath());
  return cached;
}
