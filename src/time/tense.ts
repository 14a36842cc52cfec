// A rough tense for the clause around a time expression, from the nearest cue word: "will", "next",
// "is scheduled" make a bare "Friday" or "March" point forward; past-tense verbs point back. Without
// a cue the answer is 'present', which callers treat mostly as past (news narrates the past).
import { FUTURE_CUES, PAST_CUES } from './lexicon.js';

const FUTURE_MARK = 'futurecue';
const phrases = FUTURE_CUES.filter((c) => c.includes(' '))
  .sort((a, b) => b.length - a.length)
  .map((p) => new RegExp(`\\b${p.replace(/\s+/g, '\\s+')}\\b`, 'g'));
const future = new Set(FUTURE_CUES.filter((c) => !c.includes(' ')).map((c) => c.replace(/’/g, "'")));
future.add(FUTURE_MARK);
const past = new Set(PAST_CUES);
const IRREGULAR_PAST =
  /^(?:was|were|had|did|said|told|met|took|went|came|made|saw|gave|won|lost|began|fell|rose|left|held|sent|led|got|found|thought|brought|bought|fought|wrote|spoke|became|ran|struck|hit|put|cut|shot|sought|sold|paid|flew|drove|broke|chose|froze|stood|understood|kept|felt|heard|knew|grew|threw|drew|ate|sank|swore|tore|wore)$/;
const NOT_PAST =
  /(?:need|speed|seed|feed|bleed|breed|proceed|exceed|succeed|red|bed|scheduled|expected|planned|slated)$/;

function words(s: string): string[] {
  let t = s.replace(/’/g, "'");
  for (const re of phrases) t = t.replace(re, ` ${FUTURE_MARK} `);
  return t.match(/[a-z']+/g) ?? [];
}

export function clauseTense(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
): 'past' | 'present' | 'future' {
  const left = words(text.slice(Math.max(sentence.start, start - 300), start).toLowerCase()).reverse();
  const right = words(text.slice(end, Math.min(sentence.end, end + 300)).toLowerCase());
  for (let d = 0; d < 14; d++) {
    for (const w of [left[d], right[d]]) {
      if (!w) continue;
      if (future.has(w) || w.endsWith("'ll")) return 'future';
      if (past.has(w) || IRREGULAR_PAST.test(w) || (/^[a-z]{3,}ed$/.test(w) && !NOT_PAST.test(w)))
        return 'past';
    }
  }
  return 'present';
}
