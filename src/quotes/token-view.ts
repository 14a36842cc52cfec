// The finder's view of a document: tokens with lower-cased text, which quote region (if any) each
// token falls in, and sentence ranges as token indexes. Built once per document in linear time so
// every rule after it looks things up instead of rescanning the text.
import { type SentenceRange, splitSentences, type Token, tokenize } from '../nlp/index.js';
import { findQuoteRegions, type QuoteRegion } from './quote-marks.js';

export interface SentenceToks {
  /** First token index. */
  s: number;
  /** One past the last token index. */
  e: number;
}

export interface TokenView {
  text: string;
  toks: readonly Token[];
  lower: readonly string[];
  regions: readonly QuoteRegion[];
  /** Region index containing each token, or -1. */
  regionOf: Int32Array;
  sentences: readonly SentenceToks[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
}

export function buildView(text: string, sentenceRanges?: readonly SentenceRange[]): TokenView {
  const toks = tokenize(text);
  const ranges = sentenceRanges ?? splitSentences(text, toks);
  const regions = findQuoteRegions(text);
  const regionOf = new Int32Array(toks.length).fill(-1);
  let r = 0;
  for (let i = 0; i < toks.length; i++) {
    while (r < regions.length && regions[r].end <= toks[i].start) r++;
    if (r < regions.length && toks[i].start >= regions[r].start) regionOf[i] = r;
  }
  const sentences: SentenceToks[] = [];
  const sentenceOf = new Int32Array(toks.length).fill(-1);
  let t = 0;
  for (const range of ranges) {
    while (t < toks.length && toks[t].start < range.start) t++;
    const s = t;
    while (t < toks.length && toks[t].end <= range.end) sentenceOf[t++] = sentences.length;
    if (t > s) sentences.push({ s, e: t });
  }
  return {
    text,
    toks,
    lower: toks.map((x) => x.text.toLowerCase()),
    regions,
    regionOf,
    sentences,
    sentenceOf,
  };
}

export function isWord(v: TokenView, i: number): boolean {
  return /[\p{L}\p{N}]/u.test(v.toks[i].text);
}

export function isCapitalized(v: TokenView, i: number): boolean {
  return /^\p{Lu}/u.test(v.toks[i].text);
}

/** The token opens a quote region (it is the region's opening mark). */
export function opensRegion(v: TokenView, i: number): boolean {
  const r = v.regionOf[i];
  return r >= 0 && v.toks[i].start === v.regions[r].start;
}

/** The token closes a quote region (it is the region's last token). */
export function closesRegion(v: TokenView, i: number): boolean {
  const r = v.regionOf[i];
  return r >= 0 && v.toks[i].end === v.regions[r].end;
}
