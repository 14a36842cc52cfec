// Small readings of one sentence that the extractor combines: the two sides of "between A and B",
// modality from the words around a trigger, and the time expression nearest to it.
import type { Span } from '../doc/index.js';
import type { Modality } from './event.js';
import { modalityWords } from './ontology.js';

/** "an agreement between Russia and Venezuela": the two sides of a relational noun. */
export function pairAfter(
  tokens: ReadonlyArray<{ start: number; end: number; lower: string }>,
  i: number,
  right: readonly Span[],
): [Span, Span] | null {
  if (tokens[i + 1]?.lower !== 'between' || right.length < 2) return null;
  const [a, b] = right;
  const joint = tokens.filter((t) => t.start >= a.end && t.end <= b.start).map((t) => t.lower);
  return joint.length === 1 && (joint[0] === 'and' || joint[0] === '&') ? [a, b] : null;
}

export function modalityOf(before: string[], after: string[]): Modality {
  const has = (set: Set<string>) => before.some((w) => set.has(w));
  if (has(modalityWords.negation) || after[0] === 'not' || after[0] === "n't") return 'negated';
  if (has(modalityWords.requested) && before.includes('to')) return 'requested';
  if (has(modalityWords.hypothetical)) return 'hypothetical';
  if (has(modalityWords.planned)) return 'planned';
  return 'asserted';
}

export function nearestTime(
  timex: readonly Span[],
  sentence: { start: number; end: number },
  at: number,
): string | null {
  const inside = timex.filter(
    (t) => t.start >= sentence.start && t.end <= sentence.end && (t.label === 'DATE' || t.label === 'TIME'),
  );
  inside.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  const v = inside[0]?.attrs?.value;
  return typeof v === 'string' ? v : null;
}
