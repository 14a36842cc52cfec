// Content-word stems of a sentence for lexical similarity between claims: lower-cased, function
// words out, a light suffix stripper so "supplied" and "supplies" meet. Reuses the stories stemmer.
import { stem } from '../stories/content-words.js';
import { stopwordSet } from './lexicon.js';

const WORD = /[\p{L}][\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu;

export function contentStems(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || stopwordSet.has(w)) continue;
    out.add(stem(w));
  }
  return [...out];
}
