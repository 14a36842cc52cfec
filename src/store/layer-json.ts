// Layers are checked before they are written: every span must lie inside the clean text, or the
// write fails (and, being inside the document's transaction, leaves nothing behind).
import type { Span } from '../doc/index.js';
import { isValidSpan } from '../doc/index.js';
import { DossierError } from '../errors.js';
import { storeJson } from './store-json.js';

export function layerJson(docId: string, text: string, name: string, spans: readonly Span[]): string {
  for (const s of spans) {
    if (!isValidSpan(text, s)) {
      throw new DossierError(
        'STORE_ERROR',
        `document ${docId}: layer '${name}' has a span [${s.start}, ${s.end}) outside the text (length ${text.length})`,
      );
    }
  }
  return storeJson(spans);
}
