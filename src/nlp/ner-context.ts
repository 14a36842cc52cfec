// Document-level evidence for the tagger (Ratinov & Roth's non-local features): which words the
// document writes capitalised mid-sentence or in lower case, so a headline in capitals or a
// sentence-initial word can borrow from elsewhere, and which types the tagger already gave a
// word earlier in the document ("prediction history").
import { NER_TYPES } from './ner-labels.js';
import { F_ALLCAPS, F_CAP, F_LETTER, F_LOWER, F_SMALL, wordFlags } from './word-shape.js';

export interface DocContext {
  capMid: Set<string>;
  lowerSeen: Set<string>;
  history: Map<string, Uint16Array>;
}

export function isAllCapsSentence(words: readonly string[]): boolean {
  return sentenceCase(words.map(wordFlags), words).allCaps;
}

/** A headline in title case ("Putin Risks Being Pushed Out"): capitals say little there. */
export function isTitleCaseSentence(words: readonly string[]): boolean {
  return sentenceCase(words.map(wordFlags), words).titleCase;
}

/** Both line classes from the words' case flags (see wordFlags). */
export function sentenceCase(
  flags: readonly number[],
  words: readonly string[],
): { allCaps: boolean; titleCase: boolean } {
  let letters = 0;
  let caps = 0;
  let content = 0;
  let titled = 0;
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i];
    if (words[i].length < 2 || !(f & F_LETTER)) continue;
    letters++;
    if (f & F_ALLCAPS) caps++;
    if (f & F_SMALL) continue;
    content++;
    if (f & F_CAP && !(f & F_ALLCAPS)) titled++;
  }
  const allCaps = letters >= 2 && caps / letters > 0.6;
  return { allCaps, titleCase: !allCaps && content >= 4 && titled / content > 0.85 };
}

/** The headline form of a sentence, used to teach the tagger what title case looks like. */
export function toTitleCase(words: readonly string[]): string[] {
  return words.map((w, i) => (i > 0 && wordFlags(w) & F_SMALL ? w : w.charAt(0).toUpperCase() + w.slice(1)));
}

const OPENERS = new Set(['"', "'", '“', '‘', '(', '-', '—', '–', ':']);

export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const capMid = new Set<string>();
  const lowerSeen = new Set<string>();
  for (const words of sentences) {
    const flags = words.map(wordFlags);
    const c = sentenceCase(flags, words);
    if (c.allCaps || c.titleCase) continue;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const f = flags[i];
      if (f & F_CAP) {
        if (i > 0 && !OPENERS.has(words[i - 1])) capMid.add(w.toLowerCase());
      } else if (f & F_LOWER) lowerSeen.add(w);
    }
  }
  return { capMid, lowerSeen, history: new Map() };
}

/** Records the types the tagger gave: `spans` over the sentence's `words`. */
export function remember(
  ctx: DocContext,
  words: readonly string[],
  spans: readonly { start: number; end: number; type: string }[],
): void {
  for (const s of spans) {
    const t = NER_TYPES.indexOf(s.type as (typeof NER_TYPES)[number]);
    if (t < 0) continue;
    for (let i = s.start; i < s.end; i++) {
      const lw = words[i].toLowerCase();
      let counts = ctx.history.get(lw);
      if (!counts) {
        counts = new Uint16Array(NER_TYPES.length);
        ctx.history.set(lw, counts);
      }
      if (counts[t] < 65535) counts[t]++;
    }
  }
}

/** The type most often given to this word earlier in the document, or null. */
export function historyType(ctx: DocContext, lower: string): string | null {
  const counts = ctx.history.get(lower);
  if (!counts) return null;
  let best = -1;
  let bestN = 0;
  for (let t = 0; t < counts.length; t++) {
    if (counts[t] > bestN) {
      bestN = counts[t];
      best = t;
    }
  }
  return best < 0 ? null : NER_TYPES[best];
}

/** historyType as an index: 0 for none, 1 + the NER_TYPES index otherwise. */
export function historyIndex(ctx: DocContext, lower: string): number {
  const counts = ctx.history.get(lower);
  if (!counts) return 0;
  let best = -1;
  let bestN = 0;
  for (let t = 0; t < counts.length; t++) {
    if (counts[t] > bestN) {
      bestN = counts[t];
      best = t;
    }
  }
  return best + 1;
}
