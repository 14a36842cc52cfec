// Publication dates from the strings pages carry: ISO values in meta tags, written dates in datelines
// and bylines, and dates in URL paths. Only absolute dates with a stated year count; a relative
// "2 hours ago" would be measured from the reading time, which is exactly what we must not report.
import * as chrono from 'chrono-node';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/;
const RELATIVE = /\b(?:ago|yesterday|today|tonight|now|tomorrow|last|next|this)\b/i;
const FAR_PAST = 1990;

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  const maxYear = new Date().getUTCFullYear() + 1;
  return y >= FAR_PAST && y <= maxYear && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** An ISO date (YYYY-MM-DD) or date-time from a machine-readable value, e.g. a meta tag. */
export function isoFromMachine(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const m = v.match(ISO);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    if (m[4] && m[7]) return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${normalizeZone(m[7])}`;
    return `${m[1]}-${m[2]}-${m[3]}`;
  }
  if (/^\d{8}$/.test(v))
    return isoFromParts(Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6, 8)));
  return isoFromWritten(v);
}

function normalizeZone(z: string): string {
  if (z === 'Z') return 'Z';
  return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
}

function isoFromParts(y: number, m: number, d: number): string | null {
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

export interface WrittenDate {
  iso: string;
  /** Characters of the input the date covered. */
  length: number;
}

/** The first absolute date written in prose ("January 05, 2026", "Tue, Nov 19, 2019"), if any. */
export function findWrittenDate(text: string): WrittenDate | null {
  // "2.9.2020" and "02.09.2020" are day.month.year wherever they are written; chrono reads them US-style.
  const dotted = text.match(/\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/);
  if (dotted) {
    const iso = isoFromParts(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
    if (iso) return { iso, length: dotted[0].length };
  }
  for (const r of chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    if (RELATIVE.test(r.text) || !r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    if (!/\b\d{4}\b|\d{1,2}[/.]\d{1,2}[/.]\d{2}\b/.test(r.text)) continue;
    const iso = isoFromParts(r.start.get('year') ?? 0, r.start.get('month') ?? 0, r.start.get('day') ?? 0);
    if (iso) return { iso, length: r.text.length };
  }
  return null;
}

export function isoFromWritten(text: string): string | null {
  return findWrittenDate(text)?.iso ?? null;
}

/** A short block that is nothing but a date (a dateline standing on its own line). */
export function isDateOnly(text: string): boolean {
  const t = text.trim();
  if (t.length > 60) return false;
  const found = findWrittenDate(t);
  return found !== null && found.length >= t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').length * 0.7;
}

/** "/2019/11/20/", "/2019-11-20-", "/20191120/" in a URL path. */
export function isoFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = path.match(/(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  const c = path.match(/(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/);
  return c ? isoFromParts(Number(c[1]), Number(c[2]), Number(c[3])) : null;
}
