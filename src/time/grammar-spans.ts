// Durations ("two days", "a five-year plan", "the past decade"), sets ("every year", "$5 a month",
// "weekly"), vague references ("now", "recently", "the future") and clock times ("10:35 a.m.").
import * as chrono from 'chrono-node';
import { addDays, fmtDay, pad, parseYmd } from './calendar.js';
import { durationOf } from './grammar-relative.js';
import {
  CLOCK_WORDS,
  lookup,
  monthNumber,
  numberOf,
  RX,
  SETS,
  unitOf,
  VAGUE_REFS,
  weekdayNumber,
} from './lexicon.js';
import { dateResult, monthDay, relative, weekdayDate } from './resolve.js';
import { B, type Built, E, isCapitalized, type Rule, rule } from './rule.js';
import { valueInterval } from './value-interval.js';

const NUM = `(?<num>${RX.number}|${RX.vagueQuantity})`;
const UNIT = `(?<unit>${RX.unit})`;

function duration(m: RegExpExecArray, how: string): Built | null {
  const u = unitOf(m.groups!.unit);
  if (!u) return null;
  const n = numberOf(m.groups!.num ?? 'one');
  const plural = /s$/i.test(m.groups!.unit) && u.name !== m.groups!.unit.toLowerCase();
  if (n === undefined && !plural) return null;
  return durationOf(n === undefined ? undefined : n, u.name, how);
}

/**
 * Number + unit phrases that are not durations: ages ("52 years old"), rates after an amount
 * ("$5 a year", "four flights a week"), ordinals ("a second group") and fractions ("a quarter of").
 */
function notADuration(m: RegExpExecArray): boolean {
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
  const before = m.input.slice(Math.max(0, m.index - 25), m.index);
  const num = m.groups!.num.toLowerCase();
  const unit = m.groups!.unit.toLowerCase();
  if (/^[-\s]+old\b/i.test(after)) return true;
  if (/^(?:1[0-9]|20)\d\d$/.test(num) && !/s$/i.test(unit)) return true;
  if (
    (num === 'a' || num === 'an') &&
    /(?:\d|percent|million|billion|dollars|cents|%)[^.;]{0,12}$/i.test(before)
  )
    return true;
  if (unit === 'second' && (num === 'a' || num === 'an') && /^\s+[a-z]/.test(after)) return true;
  if (unit.startsWith('quarter') && (/^\s+of\b/i.test(after) || /-$/.test(m[0].slice(0, -unit.length))))
    return true;
  return /^[A-Z]/.test(m.groups!.unit) && !/^[A-Z]/.test(m[0]);
}

/** Clock times parsed by chrono-node (it handles "3:30 p.m.", "noon", "10 o'clock" well). */
function clock(text: string): string | null {
  const word = lookup(CLOCK_WORDS, text);
  if (word) return word;
  const r = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!r?.start.isCertain('hour')) return null;
  return `${pad(r.start.get('hour') ?? 0)}:${pad(r.start.get('minute') ?? 0)}`;
}

export const spanRules: Rule[] = [
  rule('every-named-day', `${B}(?:each|every)\\s+(?:(?<wd>${RX.weekday})|(?<mon>${RX.month}))${E}`, (m) => {
    const g = m.groups!;
    if (g.wd && isCapitalized(g.wd)) {
      return {
        type: 'SET',
        value: `XXXX-WXX-${weekdayNumber(g.wd)}`,
        granularity: 'vague',
        how: 'set',
        resolved: true,
      };
    }
    if (g.mon && isCapitalized(g.mon)) {
      return {
        type: 'SET',
        value: `XXXX-${pad(monthNumber(g.mon)!)}`,
        granularity: 'vague',
        how: 'set',
        resolved: true,
      };
    }
    return null;
  }),
  rule(
    'first-units-of',
    `${B}the\\s+(?<edge>first|last|final)\\s+${NUM}\\s+${UNIT}\\s+of\\s+(?:(?<month>${RX.month})\\s+)?(?<year>1[6-9]\\d\\d|20\\d\\d)${E}`,
    (m) => {
      // "the first 72 hours of 2026": a duration placed at the edge of a year or month.
      const base = duration(m, 'edge-of-period');
      const u = unitOf(m.groups!.unit);
      const n = numberOf(m.groups!.num);
      const month = m.groups!.month ? monthNumber(m.groups!.month) : undefined;
      if (!base || !u || n === undefined || (m.groups!.month && !month)) return base;
      const whole = valueInterval(month ? `${m.groups!.year}-${pad(month)}` : m.groups!.year)!;
      const days = Math.max(
        1,
        Math.ceil(
          n * ({ hour: 1 / 24, day: 1, week: 7, month: 30.44 } as Record<string, number>)[u.name] || n,
        ),
      );
      const first = m.groups!.edge.toLowerCase() === 'first';
      const b = parseYmd(whole.begin)!;
      const e = parseYmd(whole.end)!;
      const interval = first
        ? { begin: whole.begin, end: fmtDay(addDays(b, days)) }
        : { begin: fmtDay(addDays(e, -days)), end: whole.end };
      return { ...base, interval };
    },
  ),
  rule(
    'duration',
    `${B}(?:(?<the>the)\\s+(?<dir>past|last|next|coming|previous|first|final|following)\\s+)?${NUM}[-\\s]+${UNIT}${E}`,
    (m) => {
      if (!m.groups!.the && /^(?:past|last|next|coming|previous|following|recent)$/i.test(m.groups!.num))
        return null;
      return notADuration(m) ? 'reject' : duration(m, m.groups!.the ? 'bounded-duration' : 'duration');
    },
  ),
  rule('the-past-unit', `${B}the\\s+(?:past|last|previous|next|coming|following)\\s+${UNIT}${E}`, (m) => {
    const u = unitOf(m.groups!.unit);
    return u && !/s$/i.test(m.groups!.unit)
      ? durationOf(1, u.name, 'the-past-unit')
      : u
        ? durationOf(undefined, u.name, 'the-past-units')
        : null;
  }),
  rule(
    'plural-units',
    `${B}(?:(?<qual>recent|coming|past|many|several|few)\\s+)?(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)${E}`,
    (m) => {
      const u = unitOf(m.groups!.unit)!;
      if (/^recent$/i.test(m.groups!.qual ?? '') && u.name === 'year')
        return { ...dateResult('PAST_REF', 'vague', 'recent-years') };
      return durationOf(undefined, u.name, 'plural-units');
    },
  ),
  rule(
    'set-word',
    `${B}(?:(?<times>once|twice|three\\s+times|\\d+\\s+times)\\s+)?(?<w>${RX.set})${E}`,
    (m) => {
      const w = m.groups!.w.toLowerCase();
      if (/^(?:a|an|per)\s/.test(w) && !m.groups!.times) {
        // "a year" is a rate only after an amount ("$5 a year", "10 percent a month").
        if (
          w.startsWith('a') &&
          !/(?:\d|percent|million|billion|dollars|cents|times|%)\s*\S{0,12}\s*$/i.test(
            m.input.slice(Math.max(0, m.index - 25), m.index),
          )
        )
          return null;
      }
      return { type: 'SET', value: lookup(SETS, w)!, granularity: 'vague', how: 'set', resolved: true };
    },
  ),
  rule('vague-ref', `${B}(?:in\\s+)?(?<w>${RX.vagueRef})${E}`, (m) => {
    const value = lookup(VAGUE_REFS, m.groups!.w)!;
    const from = m[0].length - m.groups!.w.length;
    return { ...dateResult(value, 'vague', 'vague-ref'), from, resolved: true };
  }),
  rule(
    'clock-time',
    `${B}(?<t>\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm|o'clock)|\\d{1,2}:\\d{2}|noon|midnight)(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?(?:,?\\s+(?:(?<rel>today|yesterday|tomorrow|tonight)|(?<wd>${RX.weekday})|(?<mon>${RX.month})\\s+(?<md>[0-3]?\\d)))?${E}`,
    (m, ctx) => {
      const hhmm = clock(m.groups!.t);
      if (!hhmm) return null;
      const g = m.groups!;
      const rel = g.rel?.toLowerCase();
      // "noon Thursday", "5 p.m. EST Nov. 9": the day written after the clock time.
      const written =
        g.wd && isCapitalized(g.wd)
          ? weekdayDate(weekdayNumber(g.wd)!, ctx, null)
          : g.mon && isCapitalized(g.mon)
            ? monthDay(monthNumber(g.mon)!, Number(g.md), ctx)
            : null;
      if ((g.wd || g.mon) && !written) return null;
      const day =
        written ?? relative('day', rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : 0, 'dct', ctx)!;
      const gran = /:00$/.test(hhmm) && !/:/.test(m.groups!.t) ? 'hour' : 'minute';
      return {
        ...day,
        type: 'TIME',
        value: `${day.value}T${hhmm}`,
        granularity: gran,
        how: `clock-${day.how}`,
      };
    },
  ),
];
