// Calendar arithmetic on plain Y/M/D numbers (UTC, no time zones): what relative expressions need to
// step by days, weeks, months and years, and ISO week numbers for TimeML week values.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseYmd(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (y === null ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] : daysInMonth(y, m));
}

function fromDate(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDate(new Date(Date.UTC(a.y, a.m - 1, a.d + n)));
}

export function addMonths(a: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(a.y, a.m - 1 + n, 1));
  const r = fromDate(t);
  return { ...r, d: Math.min(a.d, daysInMonth(r.y, r.m)) };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(a: Ymd): number {
  const w = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const w = Math.floor((Date.UTC(thursday.y, thursday.m - 1, thursday.d) - jan1) / 86400000 / 7) + 1;
  return { y: thursday.y, w };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function fmtDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtWeek(a: Ymd): string {
  const { y, w } = isoWeek(a);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export { pad };
