// What the input itself says before cleaning looks at the content: a URL source is the page's URL.
import type { DocMeta } from '../../doc/index.js';
import type { InputBlob } from '../reader.js';

export function blobHints(blob: InputBlob): Partial<DocMeta> {
  return /^https?:\/\//i.test(blob.source) ? { url: blob.source } : {};
}

/** `.html`, `.json`… of a path or URL (without query or fragment), lower-cased, `.gz` removed. */
export function extensionOf(source: string): string {
  const path = source
    .replace(/[?#].*$/, '')
    .toLowerCase()
    .replace(/\.gz$/, '');
  const m = path.match(/\.([a-z0-9]+)$/);
  return m ? m[1] : '';
}

export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

const isoLike = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const trailingOffset = /(?:([+-])(\d{2}):?(\d{2})|\b(?:GMT|UTC|UT|Z))$/i;

/**
 * An ISO 8601 form of a date a container gave, or null when it does not parse. ISO input is kept as it
 * is (a date stays a date; a local offset stays, so the day does not shift); other forms (RSS's RFC 822)
 * are converted keeping their offset.
 */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const v = value.trim();
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  if (isoLike.test(v)) return v.replace(' ', 'T');
  const m = v.match(trailingOffset);
  if (!m) return new Date(t).toISOString();
  if (!m[1]) return `${new Date(t).toISOString().slice(0, 19)}Z`;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  return `${new Date(t + minutes * 60_000).toISOString().slice(0, 19)}${m[1]}${m[2]}:${m[3]}`;
}

/** A point in time (fetch or crawl time) as a UTC ISO timestamp, or null. */
export function isoInstant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
