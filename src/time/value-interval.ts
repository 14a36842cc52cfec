// The calendar interval a TimeML value covers, [begin, end) as YYYY-MM-DD, so a timeline can order and
// compare "2026-01-03", "2025-10", "2025-Q4", "2025-W44", "2025-SU", "199" (the 1990s) and "19".
// Values with unknowns (XXXX) or vague references have no interval.
import { addDays, addMonths, fmtDay, type Ymd } from './calendar.js';

export interface Interval {
  begin: string;
  end: string;
}

const day = (y: number, m: number, d: number): Ymd => ({ y, m, d });
const span = (a: Ymd, b: Ymd): Interval => ({ begin: fmtDay(a), end: fmtDay(b) });
const seasons: Record<string, [number, number]> = { SP: [3, 3], SU: [6, 3], FA: [9, 3], WI: [12, 3] };

export function valueInterval(value: string): Interval | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const a = day(Number(m[1]), Number(m[2]), Number(m[3]));
    return span(a, addDays(a, 1));
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const a = day(Number(m[1]), Number(m[2]), 1);
    return span(a, addMonths(a, 1));
  }
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = day(Number(m[1]), 1, 4);
    const w1 = addDays(jan4, -((new Date(Date.UTC(jan4.y, 0, 4)).getUTCDay() + 6) % 7));
    const a = addDays(w1, 7 * (Number(m[2]) - 1));
    return span(a, addDays(a, 7));
  }
  m = /^(\d{4})-([QH])(\d)$/.exec(value);
  if (m) {
    const len = m[2] === 'Q' ? 3 : 6;
    const a = day(Number(m[1]), (Number(m[3]) - 1) * len + 1, 1);
    return span(a, addMonths(a, len));
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const [start, len] = seasons[m[2]];
    const a = day(Number(m[1]), start, 1);
    return span(a, addMonths(a, len));
  }
  m = /^(?:FY)?(\d{4})$/.exec(value);
  if (m) return span(day(Number(m[1]), 1, 1), day(Number(m[1]) + 1, 1, 1));
  m = /^(\d{3})$/.exec(value);
  if (m) return span(day(Number(m[1]) * 10, 1, 1), day(Number(m[1]) * 10 + 10, 1, 1));
  m = /^(\d{2})$/.exec(value);
  if (m) return span(day(Number(m[1]) * 100, 1, 1), day(Number(m[1]) * 100 + 100, 1, 1));
  return null;
}
