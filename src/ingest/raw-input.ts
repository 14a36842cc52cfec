// Builds the RawInput kept with every document: the exact bytes, their SHA-256 and when they were read.
import { createHash } from 'node:crypto';
import type { RawInput } from '../doc/index.js';
import type { InputBlob } from './reader.js';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function makeRaw(
  source: string,
  bytes: Uint8Array,
  fetchedAt: string,
  contentType: string | null,
): RawInput {
  return { source, bytes, sha256: sha256Hex(bytes), fetchedAt, contentType };
}

export function rawOfBlob(blob: InputBlob): RawInput {
  return makeRaw(blob.source, blob.bytes, blob.fetchedAt, blob.contentType);
}
