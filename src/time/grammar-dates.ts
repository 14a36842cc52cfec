// Calendar dates written out: ISO and numeric dates, "January 3, 2026", "3 January", "January 2026",
// bare months and years, decades, centuries, seasons, quarters and halves, holidays.
import {
  addDays,
  compareYmd,
  daysInMonth,
  fmtDay,
  isValidDate,
  pad,
  parseYmd,
  weekday,
  type Ymd,
} from './calendar.js';
import {
  DECADE_WORDS,
  HOLIDAYS,
  lookup,
  MONTHS,
  monthNumber,
  NTH_WEEKDAY_HOLIDAYS,
  numberOf,
  ORDINALS,
  RX,
  SEASONS,
} from './lexicon.js';
import { dateResult, monthDay, yearPart } from './resolve.js';
import { B, type Built, E, isCapitalized, type Rule, rule } from './rule.js';

const YEAR = '(?<year>1[0-9]\\d\\d|20\\d\\d)';
const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
const MONTH = `(?<month>${RX.month})`;

function fullDate(y: number, m: number | undefined, d: number, how = 'absolute'): Built | 'reject' {
  if (m === undefined || !isValidDate(y, m, d)) return 'reject';
  return dateResult(`${y}-${pad(m)}-${pad(d)}`, 'day', how);
}

function nthWeekday(y: number, month: number, wd: number, n: number): Ymd {
  if (n === 5) {
    const last: Ymd = { y, m: month, d: daysInMonth(y, month) };
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first: Ymd = { y, m: month, d: 1 };
  return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Thanksgiving and the like: in the written year, else the nearest past one (the coming one if ahead in the clause). */
function nthWeekdayHoliday(spec: string, year: number | null, ctx: Parameters<Rule['build']>[1]): Built {
  const [month, wd, n] = spec.split('-').map(Number);
  if (year) return dateResult(fmtDay(nthWeekday(year, month, wd, n)), 'day', 'absolute');
  const dct = ctx.dct ? parseYmd(ctx.dct) : null;
  if (!dct) return dateResult(`XXXX-${pad(month)}-XX`, 'day', 'year-unknown', false);
  const thisYear = nthWeekday(dct.y, month, wd, n);
  const ahead = compareYmd(thisYear, dct) > 0;
  const y =
    ahead && ctx.tense !== 'future' ? dct.y - 1 : !ahead && ctx.tense === 'future' ? dct.y + 1 : dct.y;
  return dateResult(
    fmtDay(nthWeekday(y, month, wd, n)),
    'day',
    ctx.tense === 'future' ? 'nearest-future' : 'nearest-past',
    true,
    'dct',
  );
}

const seasonStart: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A bare year is not a count ("2,000 troops", "1500 people"): reject when a plural noun follows. */
function looksLikeCount(input: string, end: number, start: number): boolean {
  const before = input.slice(Math.max(0, start - 2), start);
  if (/[$£€#]\s?$|[\d.,]$/.test(before)) return true;
  const after = input.slice(end, end + 30);
  if (/^(?:[.,]\d|\s*%|\s*(?:percent|per cent|times)\b)/.test(after)) return true;
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  const prev = /([A-Za-z']+)\s+$/.exec(input.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  const yearish = new Set([
    'in',
    'since',
    'until',
    'till',
    'by',
    'of',
    'from',
    'to',
    'before',
    'after',
    'during',
    'the',
    'through',
    'early',
    'late',
    'mid',
    'fiscal',
    'between',
    'around',
    'circa',
    "'s",
    'summer',
    'spring',
    'autumn',
    'fall',
    'winter',
    'year',
  ]);
  const nextWord = /^\s+(\S+)/.exec(after)?.[1] ?? '';
  if (/^\p{Lu}\p{Ll}/u.test(nextWord) && !MONTHS.has(nextWord.toLowerCase()) && !(prev && yearish.has(prev)))
    return true;
  if (
    /\p{Lu}\p{Ll}+\s+$/u.test(input.slice(Math.max(0, start - 20), start)) &&
    !(prev && yearish.has(prev)) &&
    !/^\s*[,.;:)]/.test(after)
  )
    return true;
  return (
    !!next &&
    /s$/.test(next) &&
    !(prev && yearish.has(prev)) &&
    !/^(?:elections|games|olympics|talks|polls|protests|riots|sanctions|accords|hearings|negotiations|finals|playoffs|was|has|is|as|his|its|this|saw|marks)$/.test(
      next,
    )
  );
}

export const dateRules: Rule[] = [
  rule('iso-date', `${B}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})${E}`, (m) =>
    fullDate(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d)),
  ),
  rule('numeric-date', `${B}(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})${E}`, (m) => {
    const y =
      m.groups!.y.length === 2
        ? 1900 + Number(m.groups!.y) + (Number(m.groups!.y) < 50 ? 100 : 0)
        : Number(m.groups!.y);
    return fullDate(y, Number(m.groups!.a), Number(m.groups!.b));
  }),
  rule('month-day-year', `${B}(?:(?<wd>${RX.weekday}),?\\s+)?${MONTH}\\s*${DAY},?\\s+${YEAR}${E}`, (m) =>
    isCapitalized(m.groups!.month)
      ? fullDate(Number(m.groups!.year), monthNumber(m.groups!.month), Number(m.groups!.day))
      : null,
  ),
  rule(
    'day-month-year',
    `${B}(?:(?<wd>${RX.weekday}),?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}${E}`,
    (m) =>
      isCapitalized(m.groups!.month)
        ? fullDate(Number(m.groups!.year), monthNumber(m.groups!.month), Number(m.groups!.day))
        : null,
  ),
  rule(
    'month-day',
    `${B}(?:(?<wd>${RX.weekday}),?\\s+)?${MONTH}\\s*${DAY}${E}(?!\\s*[:.,]?\\d)`,
    (m, ctx) => {
      if (!isCapitalized(m.groups!.month)) return null;
      return monthDay(monthNumber(m.groups!.month)!, Number(m.groups!.day), ctx) ?? 'reject';
    },
  ),
  rule(
    'day-month',
    `${B}(?:(?<wd>${RX.weekday}),?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}`,
    (m, ctx) => {
      if (!isCapitalized(m.groups!.month)) return null;
      return monthDay(monthNumber(m.groups!.month)!, Number(m.groups!.day), ctx) ?? 'reject';
    },
  ),
  rule('month-year', `${B}${MONTH},?\\s+(?:of\\s+)?${YEAR}${E}`, (m) => {
    if (!isCapitalized(m.groups!.month)) return null;
    return dateResult(`${m.groups!.year}-${pad(monthNumber(m.groups!.month)!)}`, 'month', 'absolute');
  }),
  rule('month-relative-year', `${B}${MONTH}\\s+(?<rel>this|last|next)\\s+year${E}`, (m, ctx) => {
    if (!isCapitalized(m.groups!.month)) return null;
    const n = monthNumber(m.groups!.month)!;
    if (!ctx.dct) return dateResult(`XXXX-${pad(n)}`, 'month', 'year-unknown', false);
    const y =
      Number(ctx.dct.slice(0, 4)) +
      ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m.groups!.rel.toLowerCase()];
    return dateResult(`${y}-${pad(n)}`, 'month', 'deictic', true, 'dct');
  }),
  rule('month', `${B}(?:(?<shift>last|this|next|past|coming)\\s+)?${MONTH}`, (m, ctx) => {
    const word = m.groups!.month;
    if (!isCapitalized(word) || (word.length <= 4 && !/^(May|June|July)$/.test(word) && !word.endsWith('.')))
      return null;
    if (/^(May|March)$/.test(word) && !m.groups!.shift) {
      // "May"/"March" are verbs too: take them as months only after a preposition or before a comma/year.
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (
        !/(?:in|of|since|until|till|by|from|to|through|during|last|next|this|early|late|mid|and|or|between|before|after)[\s-]+$/i.test(
          before,
        ) &&
        !/^[,.;]/.test(after)
      )
        return null;
    }
    const shift = m.groups!.shift?.toLowerCase();
    const n = monthNumber(word)!;
    if (shift === 'this' && ctx.dct) {
      return dateResult(`${ctx.dct.slice(0, 4)}-${pad(n)}`, 'month', 'this-month-same-year', true, 'dct');
    }
    if (shift === 'last' && ctx.dct) {
      const y = Number(ctx.dct.slice(0, 4)) - (n >= Number(ctx.dct.slice(5, 7)) ? 1 : 0);
      return dateResult(`${y}-${pad(n)}`, 'month', 'last-month-name', true, 'dct');
    }
    const tense = shift === 'next' || shift === 'coming' ? 'future' : ctx.tense;
    return monthDay(n, null, { ...ctx, tense });
  }),
  rule(
    'year',
    `${B}(?:(?<fy>fiscal(?:\\s+year)?)\\s+)?${YEAR}(?!\\s*[-–]\\s*\\d|[.,]\\d|\\p{L}|\\d)`,
    (m) => {
      if (!m.groups!.fy && looksLikeCount(m.input, m.index + m[0].length, m.index)) return null;
      return dateResult(m.groups!.year, 'year', 'absolute');
    },
  ),
  rule('year-range', `${B}${YEAR}\\s*[-–]\\s*(?<y2>\\d{2}|\\d{4})${E}`, (m) =>
    dateResult(m.groups!.year, 'year', 'absolute-range'),
  ),
  rule('spelled-year', `${B}(?:(?<month>${RX.month})\\s+)?(?<sy>${RX.spelledYear})${E}`, (m) => {
    const [hi, ...rest] = m.groups!.sy.toLowerCase().split(/[-\s]+/);
    const lo = rest.join(' ') === 'hundred' ? 0 : numberOf(rest.join('-'));
    if (lo === undefined) return null;
    const y = (hi === 'nineteen' ? 1900 : 2000) + lo;
    if (m.groups!.month) {
      if (!isCapitalized(m.groups!.month)) return null;
      return dateResult(`${y}-${pad(monthNumber(m.groups!.month)!)}`, 'month', 'absolute');
    }
    return dateResult(String(y), 'year', 'absolute');
  }),
  rule('decade-word', `${B}the\\s+(?:(?<c>nineteen|twenty)[-\\s]+)?(?<w>${RX.decadeWord})${E}`, (m) => {
    const d = DECADE_WORDS.get(m.groups!.w.toLowerCase())!;
    return dateResult(`${m.groups!.c?.toLowerCase() === 'twenty' ? 20 : 19}${d}`, 'decade', 'absolute');
  }),
  rule('decade', `${B}(?:the\\s+)?(?:(?<c>1[0-9]|20)(?<d>\\d)0|')(?<d2>\\d0)?'?s${E}`, (m) => {
    const g = m.groups!;
    if (g.c) return dateResult(`${g.c}${g.d}`, 'decade', 'absolute');
    if (!g.d2) return null;
    const dec = Number(g.d2[0]);
    return dateResult(`${dec >= 3 ? 19 : 20}${dec}`, 'decade', 'two-digit-decade');
  }),
  rule('century', `${B}(?:the\\s+)?(?<n>\\d{1,2}(?:st|nd|rd|th)|${RX.ordinal})[-\\s]+century${E}`, (m) => {
    const n = numberOf(m.groups!.n.replace(/(st|nd|rd|th)$/i, '')) ?? ORDINALS.get(m.groups!.n.toLowerCase());
    if (!n || n < 1 || n > 21) return null;
    return dateResult(pad(n - 1, 2), 'century', 'absolute');
  }),
  rule(
    'season',
    `${B}(?:(?<shift>this|last|next|the\\s+coming|the\\s+past|the)\\s+)?(?<season>${RX.season})(?:\\s+(?:of\\s+)?${YEAR})?${E}`,
    (m, ctx) => {
      const code = lookup(SEASONS, m.groups!.season)!;
      if (m.groups!.year) return dateResult(`${m.groups!.year}-${code}`, 'season', 'absolute');
      const shift = m.groups!.shift?.toLowerCase().replace(/\s+/g, ' ');
      if (!shift && m.groups!.season.toLowerCase() === 'fall') return null;
      const tense =
        shift === 'next' || shift === 'the coming'
          ? 'future'
          : shift === 'last' || shift === 'the past'
            ? 'past'
            : ctx.tense;
      if (shift === 'this' && ctx.dct)
        return dateResult(`${ctx.dct.slice(0, 4)}-${code}`, 'season', 'deictic', true, 'dct');
      return yearPart(code, seasonStart[code], { ...ctx, tense });
    },
  ),
  rule('year-period', `${B}the\\s+${YEAR}\\s+(?:fiscal\\s+)?(?:quarter|period)${E}`, (m, ctx) => {
    // "the 1988 quarter": the reporting quarter (the last one before the document date) in that year.
    const dct = ctx.dct ? Number(ctx.dct.slice(5, 7)) : null;
    if (!dct) return dateResult(`${m.groups!.year}-QX`, 'quarter', 'year-unknown', false);
    const q = ((Math.floor((dct - 1) / 3) + 3) % 4) + 1;
    return dateResult(`${m.groups!.year}-Q${q}`, 'quarter', 'reporting-quarter', true, 'dct');
  }),
  rule(
    'quarter',
    `${B}(?:the\\s+)?(?:(?<pre>${YEAR}|(?<rel>this|last|next)\\s+year['’]s|(?<ago>year-earlier|year-ago|prior-year))\\s+)?(?:(?<fiscal>fiscal)\\s+)?(?<n>${RX.ordinal}|final)[-\\s]+(?:fiscal[-\\s]+)?(?<part>quarter|half)(?:\\s+of\\s+(?:(?<this>this|last|next)\\s+year|(?:fiscal\\s+)?(?<year2>1[0-9]\\d\\d|20\\d\\d)))?${E}`,
    (m, ctx) => {
      const g = m.groups!;
      const n =
        g.n.toLowerCase() === 'final'
          ? g.part.toLowerCase() === 'half'
            ? 2
            : 4
          : (ORDINALS.get(g.n.toLowerCase()) ?? Number.parseInt(g.n, 10));
      const isQ = g.part.toLowerCase() === 'quarter';
      if (!n || n < 1 || n > (isQ ? 4 : 2)) return null;
      const code = isQ ? `Q${n}` : `H${n}`;
      const gran = isQ ? 'quarter' : 'half';
      const written = g.year ?? g.year2;
      if (written) return dateResult(`${written}-${code}`, gran, 'absolute');
      const shift = g.this ?? g.rel ?? (g.ago ? 'last' : undefined);
      if (shift && ctx.dct) {
        const y =
          Number(ctx.dct.slice(0, 4)) +
          ({ this: 0, last: -1, next: 1 } as Record<string, number>)[shift.toLowerCase()];
        return dateResult(`${y}-${code}`, gran, 'deictic', true, 'dct');
      }
      return yearPart(code, isQ ? 3 * n - 2 : 6 * n - 5, ctx);
    },
  ),
  rule('holiday', `${B}(?<h>${RX.holiday})(?:\\s+${YEAR})?${E}`, (m, ctx) => {
    const nth = lookup(NTH_WEEKDAY_HOLIDAYS, m.groups!.h);
    if (nth) return nthWeekdayHoliday(nth, m.groups!.year ? Number(m.groups!.year) : null, ctx);
    const md = lookup(HOLIDAYS, m.groups!.h)!;
    if (m.groups!.year) return dateResult(`${m.groups!.year}-${md}`, 'day', 'absolute');
    return monthDay(Number(md.slice(0, 2)), Number(md.slice(3)), ctx);
  }),
];
