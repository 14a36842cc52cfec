// Cleaning one benchmark page as ingest would (no raw bytes kept); null when cleaning finds no article.

import { cleanArticle } from '../src/clean/clean-article.js';
import type { Doc, RawInput } from '../src/doc/index.js';
import { DossierError } from '../src/errors.js';

export function cleanPage(html: string, url: string): Doc | null {
  const raw: RawInput = {
    source: url,
    bytes: new Uint8Array(),
    sha256: '',
    fetchedAt: '',
    contentType: 'text/html',
  };
  try {
    return cleanArticle({ raw, html, text: null, hints: { url } });
  } catch (err) {
    if (err instanceof DossierError && err.code === 'NO_CONTENT') return null;
    throw err;
  }
}
