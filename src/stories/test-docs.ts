// Builds small Docs for the stories tests from text written for them (no shared data).
import type { Doc, DocMeta } from '../doc/index.js';
import { emptyMeta } from '../doc/index.js';

export function testDoc(text: string, meta: Partial<DocMeta> = {}): Doc {
  return {
    text,
    meta: { ...emptyMeta(), ...meta },
    removed: [],
    layers: {},
    raw: {
      source: meta.url ?? 'test',
      bytes: new Uint8Array(),
      sha256: '',
      fetchedAt: '2026-01-01T00:00:00Z',
      contentType: null,
    },
  };
}
