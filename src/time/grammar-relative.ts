// Expressions relative to another time: deictic ones against the document date ("today", "last week",
// "three years ago", "on Friday") and anaphoric ones against the last mentioned date ("two days
// earlier", "the next month", "that day").
import { pad, weekday } from './calendar.js';
import { lookup, numberOf, PARTS_OF_DAY, RX, unitOf, weekdayNumber } from './lexicon.js';
import { dateResult, dctOf, refOf, relative, weekdayDate } from './resolve.js';
import { B, type Built, E, isCapitalized, type Rule, rule } from './rule.js';

const NUM = `(?<num>${RX.number}|${RX.vagueQuantity})`;
const CAL_UNIT = '(?<unit>day|night|week|weekend|fortnight|month|quarter|year|decade|century)';
const WEEKDAY = `(?<wd>${RX.weekday})`;
const POD = `(?<pod>${RX.partOfDay})`;

function withPartOfDay(r: Built | null, pod: string | undefined): Built | null {
  if (!r || !pod) return r;
  const code = lookup(PARTS_OF_DAY, pod);
  return code ? { ...r, type: 'TIME', value: `${r.value}T${code}`, granularity: 'partofday' } : r;
}

const dayWords: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

export const relativeRules: Rule[] = [
  rule('day-word', `${B}(?<w>today|tonight|yesterday|tomorrow)(?:'s|’s)?(?:\\s+${POD})?${E}`, (m, ctx) => {
    const w = m.groups!.w.toLowerCase();
    const r = relative('day', dayWords[w], 'dct', ctx);
    const len = m.groups!.pod ? m[0].length : m.groups!.w.length;
    return { ...withPartOfDay(r, m.groups!.pod)!, to: len };
  }),
  rule('this-part-of-day', `${B}(?<s>this|last|yesterday|tomorrow)\\s+${POD}${E}`, (m, ctx) => {
    const s = m.groups!.s.toLowerCase();
    const n = s === 'this' ? 0 : s === 'tomorrow' ? 1 : -1;
    return withPartOfDay(relative('day', n, 'dct', ctx), m.groups!.pod);
  }),
  rule(
    'weekday',
    `${B}(?:(?<shift>last|this|next|this\\s+past|this\\s+coming|past|coming)\\s+)?${WEEKDAY}(?:\\s+${POD})?${E}`,
    (m, ctx) => {
      const word = m.groups!.wd;
      if (!isCapitalized(word) || (word.length <= 5 && !word.endsWith('.') && !/day$/i.test(word)))
        return null;
      const s = m.groups!.shift?.toLowerCase().replace(/\s+/g, ' ');
      const shift =
        s === 'last' || s === 'this past' || s === 'past' ? -1 : s === 'next' ? 1 : s === 'this' ? 0 : null;
      const tense = s === 'this coming' || s === 'coming' ? 'future' : ctx.tense;
      // TimeML annotates "Friday night" mostly as the day itself.
      return weekdayDate(weekdayNumber(word)!, { ...ctx, tense }, shift);
    },
  ),
  rule(
    'this-unit',
    `${B}(?:(?<pre>earlier|later)\\s+)?(?<s>this|last|next|the\\s+current|the\\s+previous|the\\s+following|the\\s+next|the\\s+same|that|the\\s+coming)\\s+${CAL_UNIT}${E}`,
    (m, ctx) => {
      const s = m.groups!.s.toLowerCase().replace(/\s+/g, ' ');
      // "This Week" with a capital W is a title (a TV programme), not a time.
      if (/^\p{Lu}\p{Ll}/u.test(m.groups!.unit)) return 'reject';
      const unit = m.groups!.unit.toLowerCase();
      if (s === 'the coming') return durationOf(1, unit, 'coming-unit');
      const n = {
        this: 0,
        last: -1,
        next: 1,
        'the current': 0,
        'the previous': -1,
        'the following': 1,
        'the next': 1,
        'the same': 0,
        that: 0,
      }[s]!;
      const base = (s.startsWith('the ') && s !== 'the current') || s === 'that' ? 'ref' : 'dct';
      return relative(unit, n, base, { ...ctx, quarterly: false, sentence: undefined });
    },
  ),
  rule(
    'ago',
    `${B}${NUM}\\s+${CAL_UNIT}s?\\s+(?<dir>ago|earlier|later|before|after|from\\s+now|hence)${E}`,
    (m, ctx) => {
      const n = numberOf(m.groups!.num);
      const dir = m.groups!.dir.toLowerCase();
      const unit = unitOf(m.groups!.unit)!.name;
      if (dir === 'before' || dir === 'after') {
        // "two days before the vote": a duration linking two events, not a date.
        return durationOf(
          n,
          unit,
          'offset-duration',
          m[0].length - /\s+(?:before|after)$/i.exec(m[0])![0].length,
        );
      }
      if (n === undefined || !Number.isInteger(n))
        return vagueOffset(unit, dir === 'ago' || dir === 'earlier' ? 'PAST_REF' : 'FUTURE_REF');
      const sign = dir === 'ago' || dir === 'earlier' ? -1 : 1;
      const base = dir === 'earlier' || dir === 'later' ? 'ref' : 'dct';
      return relative(unit, sign * n, base, ctx);
    },
  ),
  rule(
    'reporting-period',
    `${B}(?:the\\s+(?:(?<which>latest|last|recent|most\\s+recent|current|same|comparable|corresponding|year-earlier|year-ago|prior-year|previous)\\s+)?|(?<lastyears>last\\s+year['’]s)\\s+)(?:fiscal\\s+)?(?<p>quarter|period)(?<ago>\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year))?${E}`,
    (m, ctx) => {
      // Company reports: "the quarter" is the last completed one; "the year-ago quarter" a year before.
      const which = m.groups!.which?.toLowerCase().replace(/\s+/g, ' ') ?? '';
      if (m.groups!.p.toLowerCase() === 'period' && !which && !m.groups!.lastyears) return null;
      const yearBack = /year-earlier|year-ago|prior-year/.test(which) || m.groups!.lastyears || m.groups!.ago;
      const back = yearBack ? -5 : which === 'current' ? 0 : -1;
      return relative('quarter', back, 'dct', ctx);
    },
  ),
  rule('year-ago-adj', `${B}(?:the\\s+)?(?:year-earlier|year-ago)${E}`, (_m, ctx) =>
    relative('year', -1, 'dct', ctx),
  ),
  rule(
    'period-ended',
    `${B}the\\s+(?:fiscal\\s+)?(?<unit>year|quarter|month|week)(?=\\s+(?:ended|ending|that\\s+ended|that\\s+ends)${E})`,
    (m) => durationOf(1, m.groups!.unit.toLowerCase(), 'period-ended'),
  ),
  rule(
    'the-year',
    `${B}the\\s+(?:full\\s+|current\\s+|fiscal\\s+|current\\s+fiscal\\s+)?year${E}(?![-\\s]+(?:old|long|ago|earlier|later|before|after))`,
    (_m, ctx) => relative('year', 0, 'dct', ctx),
  ),
  rule('year-end', `${B}year(?:-|\\s+|'s\\s+)end${E}`, (_m, ctx) => {
    const r = relative('year', 0, 'dct', ctx);
    return r && { ...r, mod: 'END' };
  }),
  rule('the-weekend', `${B}the\\s+weekend${E}`, (_m, ctx) => {
    // The weekend just past, unless the clause looks ahead; on a Saturday or Sunday, this one.
    const dct = dctOf(ctx);
    const n = dct && (weekday(dct) >= 6 || ctx.tense === 'future') ? 0 : -1;
    return relative('weekend', n, 'dct', ctx);
  }),
  rule(
    'the-day-before',
    `${B}the\\s+(?:day|night)\\s+(?<dir>before|after)${E}(?!\\s+(?:the|a|an|his|her|their|its)\\b)`,
    (m, ctx) => relative('day', m.groups!.dir.toLowerCase() === 'before' ? -1 : 1, 'ref', ctx),
  ),
  rule(
    'that-day',
    `${B}(?:that|the\\s+same)\\s+(?<unit>day|night|morning|evening|afternoon)${E}`,
    (m, ctx) => {
      const r = relative('day', 0, 'ref', ctx);
      const pod = m.groups!.unit.toLowerCase();
      return pod === 'day' ? r : withPartOfDay(r, pod);
    },
  ),
  rule(
    'nth-of-month',
    `${B}the\\s+(?<d>\\d{1,3})(?:st|nd|rd|th)${E}(?!\\s+(?:century|circuit|quarter|anniversary|time|floor|place|amendment|round|day|year|birthday|street|division|district|army|fleet|congress|session))`,
    (m, ctx) => {
      const d = Number(m.groups!.d);
      if (d < 1 || d > 31) return 'reject';
      const ref = refOf(ctx);
      const base = ref.ymd ?? dctOf(ctx);
      if (!base) return dateResult(`XXXX-XX-${pad(d)}`, 'day', 'day-of-unknown-month', false);
      return dateResult(`${base.y}-${pad(base.m)}-${pad(d)}`, 'day', 'day-of-ref-month', true, ref.anchor);
    },
  ),
];

export function durationOf(n: number | undefined, unit: string, how: string, to?: number): Built {
  const info = unitOf(unit)!.info;
  const count = n === undefined ? 'X' : String(n * (info.multiplier ?? 1)).replace(/\.5$/, '.5');
  const code =
    n !== undefined && !Number.isInteger(n * (info.multiplier ?? 1))
      ? halfUnit(n, unit)
      : `${info.time ? 'T' : ''}${count}${info.code}`;
  return { type: 'DURATION', value: `P${code}`, granularity: 'vague', how, resolved: true, to };
}

function halfUnit(n: number, unit: string): string {
  const whole = Math.floor(n);
  const w = (s: string) => (whole ? `${whole}${s}` : '');
  const lower: Record<string, string> = {
    year: `${w('Y')}6M`,
    month: `${w('M')}15D`,
    day: `${w('D')}T12H`,
    hour: `T${w('H')}30M`,
    minute: `T${w('M')}30S`,
    week: `${whole * 7 + 3}DT12H`,
    decade: `${n * 10}Y`,
  };
  return lower[unit] ?? `${n}${unitOf(unit)!.info.code}`;
}

function vagueOffset(_unit: string, ref: string): Built {
  return { ...dateResult(ref, 'vague', 'vague-offset'), resolved: true };
}
