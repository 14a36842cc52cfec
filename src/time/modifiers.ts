// Words around a found expression that change its meaning but not its value: "late October" (mod END),
// "mid-2025" (MID), "the end of the year", "about two weeks" (APPROX), "since 1999" (open range from
// 1999), "until March". Part-of-year modifiers join the span, as TimeML does; range words stay outside.
import { APPROX_MODS, lookup, MODIFIERS, RX } from './lexicon.js';
import type { Timex } from './timex.js';

const modBefore = new RegExp(`(?:^|[^\\p{L}])(?<w>${RX.modifier})(?:\\s+of)?[\\s-]*$`, 'iu');
const approxBefore = new RegExp(`(?:^|[^\\p{L}])(?<w>${RX.approx})\\s+$`, 'iu');
const rangeBefore =
  /(?:^|[^\p{L}])(?<w>since|from|until|till|through|by|before|after|as\s+of|as\s+early\s+as|no\s+later\s+than)\s+(?:the\s+)?$/iu;

const MODIFIABLE = new Set([
  'year',
  'month',
  'decade',
  'century',
  'quarter',
  'half',
  'season',
  'week',
  'day',
]);

const rangeMods: Record<string, Timex['mod']> = {
  since: 'ON_OR_AFTER',
  from: 'ON_OR_AFTER',
  after: 'AFTER',
  until: 'ON_OR_BEFORE',
  till: 'ON_OR_BEFORE',
  through: 'ON_OR_BEFORE',
  by: 'ON_OR_BEFORE',
  before: 'BEFORE',
  'no later than': 'ON_OR_BEFORE',
};

export function extendModifiers(text: string, t: Timex): Timex {
  const window = text.slice(Math.max(0, t.start - 24), t.start);
  if (t.type === 'DATE' && MODIFIABLE.has(t.granularity) && !t.mod) {
    const m = modBefore.exec(window);
    if (m?.groups) {
      const word = m.groups.w;
      const start = t.start - (window.length - window.lastIndexOf(word, window.length));
      const mod = lookup(MODIFIERS, word) as Timex['mod'];
      // "the end of the day" stays a day; "late Friday" is the evening of that day in TimeML, kept as END.
      return { ...t, start, text: text.slice(start, t.end), mod, rule: `${t.rule}+mod` };
    }
  }
  if (t.type === 'DURATION') {
    const m = approxBefore.exec(window);
    if (m?.groups) {
      const start = t.start - (window.length - window.lastIndexOf(m.groups.w, window.length));
      const mod = lookup(APPROX_MODS, m.groups.w) as Timex['mod'];
      return { ...t, start, text: text.slice(start, t.end), mod, rule: `${t.rule}+approx` };
    }
  }
  if (t.type === 'DATE' && !t.mod) {
    const m = rangeBefore.exec(window);
    const mod = m?.groups ? rangeMods[m.groups.w.toLowerCase().replace(/\s+/g, ' ')] : undefined;
    if (mod) return { ...t, mod, rule: `${t.rule}+range` };
  }
  return t;
}
