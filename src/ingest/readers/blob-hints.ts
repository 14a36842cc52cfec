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

/** An ISO 8601 form of a date string a container gave, or null when it does not parse. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
