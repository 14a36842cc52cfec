// The quotes of one text with their speakers: finds the attributions (the trained tagger over the
// rule-based finder's output), then names each source in
// text order (so "he" and "the spokeswoman" can point back), and picks up the date stated in the
// attribution sentence when a time layer is given ("On November 1, … said").
import type { SentenceRange } from '../nlp/index.js';
import { findAttributions } from './attribution-tagger.js';
import type { FoundQuote } from './quote-finder.js';
import type { EntityHint } from './source-name.js';
import { type Speaker, SpeakerResolver } from './speaker-resolver.js';

export interface TimeHint {
  start: number;
  end: number;
  /** Normalized value (e.g. an ISO date) when the time layer has one. */
  value: string | null;
}

export interface Quote extends FoundQuote {
  speaker: Speaker | null;
  role: string | null;
  date: string | null;
}

export interface ExtractOptions {
  sentences?: readonly SentenceRange[];
  entities?: readonly EntityHint[];
  times?: readonly TimeHint[];
}

export function extractQuotes(text: string, opts: ExtractOptions = {}): Quote[] {
  const found = findAttributions(text, { sentences: opts.sentences, entities: opts.entities });
  const resolver = new SpeakerResolver(text, opts.entities ?? []);
  const order = found
    .map((q, i) => ({ i, at: q.source?.start ?? q.cue.start }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const out: Quote[] = new Array(found.length);
  for (const { i } of order) {
    const q = found[i];
    const { speaker, role } = resolver.resolve(q.source);
    out[i] = { ...q, speaker, role, date: dateNear(text, q, opts.times ?? []) };
  }
  return out;
}

/** The last time expression between the start of the cue's sentence (its paragraph line) and the cue. */
function dateNear(text: string, q: FoundQuote, times: readonly TimeHint[]): string | null {
  if (!times.length) return null;
  const lineStart = text.lastIndexOf('\n', q.cue.start) + 1;
  const from = Math.max(lineStart, Math.min(q.source?.start ?? q.cue.start, q.cue.start) - 200);
  const to = Math.max(q.cue.end, q.source?.end ?? 0) + 40;
  let best: TimeHint | null = null;
  for (const t of times) if (t.start >= from && t.end <= to && (!best || t.start > best.start)) best = t;
  return best ? (best.value ?? text.slice(best.start, best.end)) : null;
}
