// Duplicate detection and stable ids. Two inputs are the same document when their clean text matches
// after Unicode NFC, whitespace collapsing and case folding; the id is derived from that hash, so the
// same content gets the same id on every machine and in every backend.
import { createHash } from 'node:crypto';

export function normalizeForHash(text: string): string {
  // U+0000 counts as U+FFFD, as the stores keep it (store-json.ts), so ids agree before and after storing.
  return text.replaceAll('\u0000', '\uFFFD').normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text), 'utf8').digest('hex');
}

/** 16 hex digits (64 bits) of the content hash: short enough to type, unique in any realistic corpus. */
export function docIdFor(hash: string): string {
  return hash.slice(0, 16);
}

/** The URL that identifies "the same article" across versions. */
export function versionKey(meta: { canonicalUrl: string | null; url: string | null }): string | null {
  return meta.canonicalUrl ?? meta.url ?? null;
}
