// Content scrapers often glue the first lines of other stories to the end of an article. Such a tail
// starts with a wire dateline ("CITY – ") or breaks off mid-sentence, and shares few content words
// with the article above it. This finds where that tail begins among the kept paragraphs.
import { endsSentence } from './block.js';
import { wireDateline } from './cues.js';
import { stopwords } from './metadata/language.js';

/** Below this share of its content words seen earlier in the article, a tail is another story. */
const MAX_OVERLAP = 0.4;
const MIN_BODY_PARAGRAPHS = 3;

export function contentWords(text: string, lang = 'en'): string[] {
  const stop = stopwords(lang);
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).filter(
    (w) => w.length > 3 && !stop.has(w),
  );
}

/** Index into `paragraphs` where the unrelated tail starts, or -1 when there is none. */
export function findUnrelatedTail(paragraphs: readonly string[], lang = 'en'): number {
  for (let i = MIN_BODY_PARAGRAPHS; i < paragraphs.length; i++) {
    const text = paragraphs[i];
    // A lede cut off mid-sentence is long; a short last line without a full stop is a list entry.
    const truncatedEnd = i === paragraphs.length - 1 && !endsSentence(text) && text.split(/\s+/).length >= 15;
    const dateline = wireDateline.test(text);
    if (!dateline && !truncatedEnd) continue;
    const before = new Set(paragraphs.slice(0, i).flatMap((p) => contentWords(p, lang)));
    const tail = paragraphs.slice(i).flatMap((p) => contentWords(p, lang));
    if (tail.length === 0) continue;
    const seen = tail.filter((w) => before.has(w)).length / tail.length;
    // A cut-off last paragraph without a dateline may be a reference or credit list: demand less overlap.
    if (seen < (dateline ? MAX_OVERLAP : MAX_OVERLAP / 2)) return i;
  }
  return -1;
}

/** Share of a paragraph's content words that occur in the given body text (for diagnostics). */
export function overlapWith(paragraph: string, body: string, lang = 'en'): number {
  const vocab = new Set(contentWords(body, lang));
  const words = contentWords(paragraph, lang);
  return words.length ? words.filter((w) => vocab.has(w)).length / words.length : 0;
}
