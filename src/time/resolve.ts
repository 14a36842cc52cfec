// Resolution rules: how an expression that does not carry its own year or day gets one. Deictic
// expressions ("last week", "on Friday") use the document date; anaphoric ones ("two days earlier")
// use the date last mentioned in the narrative; a month or weekday without a year falls on its nearest
// past occurrence unless the clause is in the future tense. Each result names the rule that decided.
import {
  addDays,
  addMonths,
  compareYmd,
  fmtDay,
  fmtMonth,
  fmtWeek,
  isValidDate,
  pad,
  parseYmd,
  weekday,
  type Ymd,
} from './calendar.js';
import type { Granularity, TimeContext, TimexType } from './timex.js';

export interface Resolved {
  type: TimexType;
  value: string;
  granularity: Granularity;
  /** Resolution rule (joined to the grammar rule in Timex.rule). */
  how: string;
  resolved: boolean;
  anchor?: string;
  mod?: string;
  /** The covered interval when the value alone does not say it (a duration placed in the calendar). */
  interval?: { begin: string; end: string };
}

export const dctOf = (ctx: TimeContext): Ymd | null => (ctx.dct ? parseYmd(ctx.dct) : null);

/** The anchor for an anaphoric expression: the last mentioned day, else the document date. */
export function refOf(ctx: TimeContext): { ymd: Ymd | null; anchor: string; partial: string | null } {
  if (ctx.ref) {
    const ymd = parseYmd(ctx.ref.value);
    if (ymd) return { ymd, anchor: `t${ctx.ref.start}`, partial: null };
    return { ymd: null, anchor: `t${ctx.ref.start}`, partial: ctx.ref.value };
  }
  return { ymd: dctOf(ctx), anchor: 'dct', partial: null };
}

const date = (
  value: string,
  granularity: Granularity,
  how: string,
  resolved = true,
  anchor?: string,
): Resolved => ({
  type: 'DATE',
  value,
  granularity,
  how,
  resolved,
  anchor,
});

/** A month (and maybe day) written without a year. */
export function monthDay(month: number, day: number | null, ctx: TimeContext): Resolved | null {
  if (day !== null && !isValidDate(null, month, day)) return null;
  const dct = dctOf(ctx);
  const fmt = (y: number | string) =>
    day === null ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
  const gran: Granularity = day === null ? 'month' : 'day';
  if (!dct) return date(fmt('XXXX'), gran, 'year-unknown', false);
  const same: Ymd = { y: dct.y, m: month, d: day ?? 1 };
  const cmp = day === null ? month - dct.m : compareYmd(same, dct);
  const nextYear = cmp >= 0 ? dct.y : dct.y + 1;
  // In news a bare month or day is the nearest past occurrence (the current month counts as past),
  // unless the clause looks ahead, or the date is close ahead of the document date: a date a few weeks
  // away is an announced plan far more often than one nearly a year old.
  const horizon = ctx.tense === 'past' ? 62 : 92;
  const monthsAhead = (month - dct.m + 12) % 12;
  const soonAhead =
    cmp !== 0 &&
    (day === null
      ? monthsAhead > 0 && monthsAhead <= 2
      : compareYmd({ ...same, y: nextYear }, addDays(dct, horizon)) <= 0);
  if (ctx.tense === 'future' || soonAhead) {
    return date(fmt(nextYear), gran, soonAhead ? 'soon-ahead' : 'nearest-future', true, 'dct');
  }
  const y = cmp <= 0 ? dct.y : dct.y - 1;
  return date(fmt(y), gran, 'nearest-past', true, 'dct');
}

/** A weekday name: the occurrence nearest the document date in the direction of the tense. */
export function weekdayDate(wd: number, ctx: TimeContext, shift: -1 | 0 | 1 | null): Resolved {
  const dct = dctOf(ctx);
  if (!dct) return date(`XXXX-WXX-${wd}`, 'day', 'year-unknown', false);
  const diff = wd - weekday(dct);
  let offset: number;
  if (shift === -1) offset = diff < 0 ? diff - 7 : diff - 7;
  else if (shift === 1) offset = diff > 0 ? diff + 7 : diff + 7;
  else if (shift === 0) offset = diff;
  else if (ctx.tense === 'future') offset = diff > 0 ? diff : diff + 7;
  else if (ctx.tense === 'present' && diff > 0 && diff <= 1) offset = diff;
  else offset = diff <= 0 ? diff : diff - 7;
  if (shift === null && diff === 0) offset = 0;
  const how = shift === null ? (ctx.tense === 'future' ? 'weekday-next' : 'weekday-past') : 'weekday-shifted';
  return date(fmtDay(addDays(dct, offset)), 'day', how, true, 'dct');
}

/** The calendar unit `n` steps from an anchor day, at the unit's granularity ("last month", "two years ago"). */
export function shiftUnit(
  anchor: Ymd,
  unit: string,
  n: number,
): { value: string; granularity: Granularity } | null {
  switch (unit) {
    case 'day':
    case 'night':
      return { value: fmtDay(addDays(anchor, n)), granularity: 'day' };
    case 'week':
      return { value: fmtWeek(addDays(anchor, 7 * n)), granularity: 'week' };
    case 'weekend':
      return { value: `${fmtWeek(addDays(anchor, 7 * n))}-WE`, granularity: 'week' };
    case 'fortnight':
      return { value: fmtWeek(addDays(anchor, 14 * n)), granularity: 'week' };
    case 'month': {
      const t = addMonths(anchor, n);
      return { value: fmtMonth(t.y, t.m), granularity: 'month' };
    }
    case 'quarter': {
      const q0 = Math.floor((anchor.m - 1) / 3) + n;
      const y = anchor.y + Math.floor(q0 / 4);
      return { value: `${y}-Q${(((q0 % 4) + 4) % 4) + 1}`, granularity: 'quarter' };
    }
    case 'year':
      return { value: pad(anchor.y + n, 4), granularity: 'year' };
    case 'decade':
      return { value: String(Math.floor(anchor.y / 10) + n), granularity: 'decade' };
    case 'century':
      return { value: String(Math.floor(anchor.y / 100) + n), granularity: 'century' };
    default:
      return null;
  }
}

/** `n` units from the document date (deictic) or from the last mentioned date (anaphoric). */
export function relative(unit: string, n: number, base: 'dct' | 'ref', ctx: TimeContext): Resolved | null {
  if (
    unit === 'year' &&
    n < 0 &&
    Number.isInteger(n) &&
    (ctx.quarterly || /\bquarter\b/i.test(ctx.sentence ?? ''))
  ) {
    // In a sentence about quarterly results, "a year ago" is the same quarter a year before.
    const q =
      ctx.refCoarse && /-Q\d$/.test(ctx.refCoarse.value) && base === 'ref'
        ? coarseYmd(ctx.refCoarse.value)
        : null;
    const anchor = q ?? (dctOf(ctx) && addMonths(dctOf(ctx)!, -3));
    const s = anchor && shiftUnit(anchor, 'quarter', 4 * n);
    if (s)
      return date(s.value, s.granularity, 'quarter-context', true, q ? `t${ctx.refCoarse!.start}` : 'dct');
  }
  if (base === 'dct') {
    const dct = dctOf(ctx);
    if (!dct) return unknownShift(unit, 'deictic-unknown-dct');
    const s = shiftUnit(dct, unit, n);
    return s && date(s.value, s.granularity, 'deictic', true, 'dct');
  }
  const coarse =
    ctx.refCoarse && !['day', 'night', 'week', 'weekend'].includes(unit)
      ? coarseYmd(ctx.refCoarse.value)
      : null;
  if (coarse && ctx.refCoarse) {
    const s = shiftUnit(coarse, unit, n);
    return s && date(s.value, s.granularity, 'anaphoric', true, `t${ctx.refCoarse.start}`);
  }
  const ref = refOf(ctx);
  if (ref.ymd) {
    const s = shiftUnit(ref.ymd, unit, n);
    return (
      s &&
      date(s.value, s.granularity, ref.anchor === 'dct' ? 'anaphoric-dct' : 'anaphoric', true, ref.anchor)
    );
  }
  if (ref.partial && unit === 'day') {
    // The anchor has a month and day but no year: step within a leap-free year and keep XXXX.
    const m = /^XXXX-(\d{2})-(\d{2})$/.exec(ref.partial);
    if (m) {
      const t = addDays({ y: 2001, m: Number(m[1]), d: Number(m[2]) }, n);
      return date(`XXXX-${pad(t.m)}-${pad(t.d)}`, 'day', 'anaphoric-year-unknown', false, ref.anchor);
    }
  }
  return unknownShift(unit, 'anaphoric-unknown-anchor');
}

function coarseYmd(value: string): Ymd | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value) ?? /^(\d{4})-Q(\d)$/.exec(value);
  if (!m) return null;
  if (value.includes('Q')) return { y: Number(m[1]), m: Number(m[2]) * 3 - 2, d: 1 };
  return { y: Number(m[1]), m: Number(m[2] ?? 6), d: Number(m[3] ?? 15) };
}

function unknownShift(unit: string, how: string): Resolved | null {
  const forms: Record<string, [string, Granularity]> = {
    day: ['XXXX-XX-XX', 'day'],
    night: ['XXXX-XX-XX', 'day'],
    week: ['XXXX-WXX', 'week'],
    weekend: ['XXXX-WXX', 'week'],
    month: ['XXXX-XX', 'month'],
    quarter: ['XXXX-QX', 'quarter'],
    year: ['XXXX', 'year'],
    decade: ['XXX', 'decade'],
    century: ['XX', 'century'],
  };
  const f = forms[unit];
  return f ? date(f[0], f[1], how, false) : null;
}

/** A season, quarter or half of a year given without a year: the nearest past (or future) one. */
export function yearPart(code: string, partStartMonth: number, ctx: TimeContext): Resolved {
  const dct = dctOf(ctx);
  const gran: Granularity = code.startsWith('Q') ? 'quarter' : code.startsWith('H') ? 'half' : 'season';
  if (!dct) return date(`XXXX-${code}`, gran, 'year-unknown', false);
  let y = dct.y;
  if (ctx.tense === 'future' && partStartMonth < dct.m - 5) y += 1;
  else if (ctx.tense !== 'future' && partStartMonth > dct.m) y -= 1;
  return date(`${y}-${code}`, gran, ctx.tense === 'future' ? 'nearest-future' : 'nearest-past', true, 'dct');
}

export { date as dateResult };
