// The fixed parts of the tagger's features: the per-word-type record, feature-name constants and
// helpers shared by training and tagging (see ner-features.ts for how they are assembled).
import type { TrieNode } from './gazetteer.js';
import { L } from './ner-labels.js';

/** Maps a feature name to its index, or -1 when the model does not know it. */
export type FeatureIndex = (name: string) => number;

export interface WordFeatures {
  self: Int32Array;
  near: Int32Array[]; // offsets -2, -1, +1, +2
  short: string;
  lw: string;
  /** lw without diacritics, the gazetteer's key. */
  fold: string;
  cap: boolean;
  /** wordFlags of the word. */
  flags: number;
  /** Gazetteer trie node this word starts when capitalised (undefined = not looked up yet). */
  gazStart: TrieNode | null | undefined;
  /** Per-extractor ids for the numeric pair keys below. */
  id: number;
  shapeId: number;
  /** Indices of position-dependent word features, filled on first use (-2 = not yet). */
  initL: number;
  acL: number;
  tcL: number;
  tcS: number;
  /** Summed weight rows of self and near features, when scoring with fixed weights. */
  /** Where this word's 5 summed rows (self, then near at −2, −1, +1, +2) start in the score pool; −1 until computed. */
  scoreAt: number;
}

export const OFFSETS = [-2, -1, 1, 2];
export const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '-', '—', '–', ':', '`', '``']);
export const MAX_CACHE = 200_000;
export const MAX_PAIRS = 1_000_000;
export const BOS = 1;
export const EOS = 2;
export const T_BP = 1;
export const T_BN = 2;
export const T_ST = 3;
const HISTORY = ['null', 'PER', 'ORG', 'LOC', 'MISC'] as const;
const hName = (prefix: string) =>
  Object.fromEntries(HISTORY.map((h) => [h, `${prefix}${h}`])) as Record<string, string>;
const H0 = hName('H=');
const HP = hName('H-1=');
const HN = hName('H+1=');

interface GazNames {
  self: string;
  capT: string;
  capF: string;
  prev: string;
  next: string;
}
const gazNames = new Map<string, GazNames>();
export function gazFor(tag: string): GazNames {
  let g = gazNames.get(tag);
  if (!g) {
    g = {
      self: `G=${tag}`,
      capT: `G=${tag}|true`,
      capF: `G=${tag}|false`,
      prev: `G-1=${tag}`,
      next: `G+1=${tag}`,
    };
    gazNames.set(tag, g);
  }
  return g;
}
const gazTags = new Map<string, string>();
export function gazTag(pos: string, list: string): string {
  const key = pos + list;
  let t = gazTags.get(key);
  if (!t) {
    t = key;
    gazTags.set(key, t);
  }
  return t;
}

/** Adds the weight rows of `feats` into out[at .. at + L). */
export function rowSum(feats: Int32Array, weights: Float32Array, out: Float32Array, at: number): void {
  for (let q = 0; q < feats.length; q++) {
    const base = feats[q] * L;
    for (let y = 0; y < L; y++) out[at + y] += weights[base + y];
  }
}

/** Indices of the features whose names are fixed strings, looked up once per extractor. */
export function featureConstants(index: FeatureIndex) {
  const i = (name: string) => index(name);
  const pair = (a: string, b: string) => [i(a), i(b)];
  return {
    init: i('init'),
    first: i('first'),
    last: i('last'),
    AC: i('AC'),
    TC: i('TC'),
    run: [i('run=BL'), i('run=BI'), i('run=IL'), i('run=II')],
    dCM: pair('dCM=false', 'dCM=true'),
    dLow: pair('dLow=false', 'dLow=true'),
    dCMi: pair('dCM|i=false', 'dCM|i=true'),
    dLowi: pair('dLow|i=false', 'dLow|i=true'),
    ACdCM: pair('AC|dCM=false', 'AC|dCM=true'),
    H0: HISTORY.map((h) => i(H0[h])),
    HP: HISTORY.map((h) => i(HP[h])),
    HN: HISTORY.map((h) => i(HN[h])),
  };
}

export type FeatureConstants = ReturnType<typeof featureConstants>;
