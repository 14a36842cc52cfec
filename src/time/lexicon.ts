// The time grammar's word lists (src/time/data/*.json), compiled once into look-up maps and regular
// expression alternations. The lists are edited as data; this module only reads them.
import calendar from './data/calendar.json' with { type: 'json' };
import numbers from './data/numbers.json' with { type: 'json' };
import phrases from './data/phrases.json' with { type: 'json' };
import units from './data/units.json' with { type: 'json' };

export interface UnitInfo {
  code: string;
  time?: boolean;
  multiplier?: number;
  gran: string;
}

const escapeWords = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** A regex alternation of the words, longest first, so the longest phrase wins. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeWords)
    .join('|');
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/\.$/, '');

export const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(calendar.months));
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries(calendar.weekdays));
export const SEASONS: ReadonlyMap<string, string> = new Map(Object.entries(calendar.seasons));
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map(Object.entries(calendar.partsOfDay));
export const CLOCK_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(calendar.clockWords));
export const HOLIDAYS: ReadonlyMap<string, string> = new Map(Object.entries(calendar.holidays));
/** Holidays on the n-th weekday of a month: "MM-weekday-n" (n = 5 means the last). */
export const NTH_WEEKDAY_HOLIDAYS: ReadonlyMap<string, string> = new Map(
  Object.entries(calendar.nthWeekdayHolidays),
);
export const CARDINALS: ReadonlyMap<string, number> = new Map(Object.entries(numbers.cardinals));
export const ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries(numbers.ordinals));
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(numbers.decadeWords));
export const VAGUE_QUANTITIES: readonly string[] = numbers.vagueQuantities;
export const UNITS: ReadonlyMap<string, UnitInfo> = new Map(
  Object.entries(units.units as Record<string, UnitInfo>),
);
export const MODIFIERS: ReadonlyMap<string, string> = new Map(Object.entries(phrases.modifiers));
export const APPROX_MODS: ReadonlyMap<string, string> = new Map(Object.entries(phrases.approxMods));
export const VAGUE_REFS: ReadonlyMap<string, string> = new Map(Object.entries(phrases.vagueRefs));
export const SETS: ReadonlyMap<string, string> = new Map(Object.entries(phrases.sets));
export const FUTURE_CUES: readonly string[] = phrases.futureCues;
export const PAST_CUES: readonly string[] = phrases.pastCues;

export function monthNumber(word: string): number | undefined {
  return MONTHS.get(norm(word));
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS.get(norm(word));
}

/** A unit word (singular or plural, any case) to its entry and canonical name. */
export function unitOf(word: string): { name: string; info: UnitInfo } | undefined {
  let w = norm(word).replace(/-/g, '');
  const plural = (units.plurals as Record<string, string>)[w];
  if (plural) w = plural;
  else if (!UNITS.has(w) && w.endsWith('s')) w = w.slice(0, -1);
  const info = UNITS.get(w);
  return info ? { name: w, info } : undefined;
}

/** "two", "twenty-five", "2", "a couple of" → number; undefined when not a number. */
export function numberOf(word: string): number | undefined {
  const w = norm(word).replace(/,/g, '');
  const half = /^(\d+)\s+1\/2$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const direct = CARDINALS.get(w);
  if (direct !== undefined) return direct;
  const parts = w.split(/[-\s]+/);
  if (parts.length === 2) {
    const a = CARDINALS.get(parts[0]);
    const b = CARDINALS.get(parts[1]);
    if (a !== undefined && b !== undefined && a >= 20 && b < 10) return a + b;
  }
  return undefined;
}

export function lookup(map: ReadonlyMap<string, string>, word: string): string | undefined {
  return map.get(norm(word));
}

const monthWords = [...MONTHS.keys()].flatMap((m) =>
  m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july' ? [`${m}.`, m] : [m],
);
const numberWords = [...CARDINALS.keys()].filter((w) => w !== 'a' && w !== 'an');
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ones = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Regex sources for the grammar's word classes. */
export const RX = {
  month: `(?:${alternation(monthWords)})(?![\\p{L}])`,
  weekday: `(?:${alternation([...WEEKDAYS.keys()].flatMap((w) => (w.length <= 5 ? [`${w}.`, w] : [w])))})(?![\\p{L}])`,
  season: alternation(SEASONS.keys()),
  partOfDay: alternation(PARTS_OF_DAY.keys()),
  holiday: alternation([...HOLIDAYS.keys(), ...NTH_WEEKDAY_HOLIDAYS.keys()]),
  number: `(?:\\d+\\s+1/2|\\d+(?:\\.\\d+)?|${tens.map((t) => `${t}[-\\s]+(?:${ones.join('|')})`).join('|')}|${alternation(numberWords)}|an?)`,
  ordinal: `(?:${alternation(ORDINALS.keys())}|\\d{1,2}(?:st|nd|rd|th))`,
  unit: `(?:${alternation([...UNITS.keys()].flatMap((u) => [`${u}s`, u]).concat(Object.keys(units.plurals)))})`,
  vagueQuantity: alternation(VAGUE_QUANTITIES),
  decadeWord: alternation(DECADE_WORDS.keys()),
  /** A year spelled out as two numbers, as broadcasts write them: "nineteen ninety-six". */
  spelledYear: `(?:nineteen|twenty)\\s+(?:${tens.map((t) => `${t}(?:[-\\s]+(?:${ones.join('|')}))?`).join('|')}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)`,
  modifier: alternation(MODIFIERS.keys()),
  approx: alternation(APPROX_MODS.keys()),
  vagueRef: alternation(VAGUE_REFS.keys()),
  set: alternation(SETS.keys()),
};
