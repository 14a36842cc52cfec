// A rough tense for the clause around a time expression, from the nearest cue word: "will", "next",
// "is scheduled" make a bare "Friday" or "March" point forward; past-tense verbs point back. News
// narrates the past, so callers treat 'present' (no cue) mostly as past.
import { FUTURE_CUES, PAST_CUES } from './lexicon.js';

const future = new Set(FUTURE_CUES.filter((c) => !c.includes(' ')).map((c) => c.replace(/’/g, "'")));
const futurePhrases = FUTURE_CUES.filter((c) => c.includes(' '));
const past = new Set(PAST_CUES);
const IRREGULAR_PAST =
  /^(?:was|were|had|did|said|told|met|took|went|came|made|saw|gave|won|lost|began|fell|rose|left|held|sent|led|got|found|thought|brought|bought|fought|wrote|spoke|became|ran|struck|hit|set|put|cut|shot|sought|sold|paid|flew|drove|broke|chose|froze|stood|understood|kept|felt|heard|knew|grew|threw|drew|ate|forbade|sank|swore|tore|wore)$/;

export function clauseTense(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
): 'past' | 'present' | 'future' {
  const before = text.slice(Math.max(sentence.start, start - 300), start).toLowerCase();
  const after = text.slice(end, Math.min(sentence.end, end + 300)).toLowerCase();
  const words = (s: string) => s.replace(/’/g, "'").match(/[a-z']+/g) ?? [];
  const left = words(before).reverse();
  const right = words(after);
  const near = `${left.slice(0, 8).reverse().join(' ')} | ${right.slice(0, 4).join(' ')}`;
  if (
    futurePhrases.some((p) => near.includes(p)) ||
    [...left.slice(0, 8), ...right.slice(0, 4)].some((w) => future.has(w) || w.endsWith("'ll"))
  ) {
    return 'future';
  }
  for (let d = 0; d < Math.max(left.length, right.length) && d < 14; d++) {
    for (const w of [left[d], right[d]]) {
      if (!w) continue;
      if (
        past.has(w) ||
        IRREGULAR_PAST.test(w) ||
        (/^[a-z]{3,}ed$/.test(w) &&
          !/(?:need|speed|seed|feed|bleed|breed|proceed|exceed|succeed|red|bed)$/.test(w))
      )
        return 'past';
    }
  }
  return 'present';
}
