// The trained attribution tagger on disk: two stages, each in the entity tagger's file format
// (feature names plus sparse 16-bit weight rows and transition weights, gzipped;
// src/nlp/ner-model.ts). Loaded lazily from models/quotes/ (found by walking up from this module,
// so it works from src/ and from dist/), or from the folder DOSSIER_QUOTES_MODEL names.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DossierError } from '../errors.js';
import { loadNerModel, type NerModel } from '../nlp/ner-model.js';

export interface QuotesModel {
  /** Tags roles from the text and the rule-based finder's output. */
  first: NerModel;
  /** Tags them again, also reading the first stage's roles and cue positions. */
  second: NerModel;
}

export const QUOTES_MODEL_FILES = { first: 'attribution-1.bin.gz', second: 'attribution-2.bin.gz' } as const;

export function defaultQuotesModelDir(): string {
  if (process.env.DOSSIER_QUOTES_MODEL) return process.env.DOSSIER_QUOTES_MODEL;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 6; k++) {
    if (existsSync(join(dir, 'models'))) return join(dir, 'models', 'quotes');
    dir = dirname(dir);
  }
  return join(process.cwd(), 'models', 'quotes');
}

export function loadQuotesModel(dir: string): QuotesModel {
  const load = (file: string) => {
    const path = join(dir, file);
    if (!existsSync(path)) {
      throw new DossierError(
        'DATA_MISSING',
        `${path}: quote attribution model not found; retrain it with \`dossier train quotes --data <PolNeAR dir> --out ${dir}\``,
      );
    }
    return loadNerModel(path);
  };
  return { first: load(QUOTES_MODEL_FILES.first), second: load(QUOTES_MODEL_FILES.second) };
}

let cached: QuotesModel | null = null;

export function defaultQuotesModel(): QuotesModel {
  cached ??= loadQuotesModel(defaultQuotesModelDir());
  return cached;
}
