// Content words of a text for story similarity: lower-cased word tokens without function words,
// reporting verbs or bare numbers, lightly stemmed so "strike", "strikes" and "striking" meet.
import stopData from './data/stopwords.json' with { type: 'json' };

const stop = new Set(stopData.en);
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** A light English suffix stripper: plural, -ing, -ed; never below four letters. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches'))) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The normalized token stream (stopwords kept out), for bag-of-words features. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0]
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/[’]/g, "'");
    if (w.length < 2 || stop.has(w) || /^[\p{N}.,'-]+$/u.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

export function isStopword(word: string): boolean {
  return stop.has(word.toLowerCase());
}
