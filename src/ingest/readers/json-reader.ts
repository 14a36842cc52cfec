// A JSON file: one article (schema.org NewsArticle JSON-LD or the plain {title, text|html, …} shape),
// or an array of them, each element its own article.
import { DossierError, errorMessage } from '../../errors.js';
import { decodeText } from '../decode-text.js';
import { makeRaw, rawOfBlob } from '../raw-input.js';
import type { Article, InputBlob, Reader, Rejection } from '../reader.js';
import { extensionOf, mediaType } from './blob-hints.js';
import { articleFromJson, jsonFeedItems, noArticleText } from './json-article.js';

const jsonTypes = new Set(['application/json', 'application/ld+json', 'text/json']);

export const jsonReader: Reader = {
  name: 'json',
  accepts(blob, head) {
    const ext = extensionOf(blob.source);
    const looksJson = /^\s*(?:\{\s*"|\[\s*[{"\]])/.test(head);
    return ext === 'json' || ext === 'jsonld' || jsonTypes.has(mediaType(blob.contentType)) || looksJson;
  },
  async *read(blob: InputBlob): AsyncIterable<Article | Rejection> {
    const { text } = decodeText(blob.bytes, blob.contentType);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new DossierError('MALFORMED_INPUT', `${blob.source}: not valid JSON (${errorMessage(err)})`);
    }
    // A JSON-LD array holds one article among other nodes; a plain array holds one article per element,
    // and so does a JSON Feed's items.
    const feed = jsonFeedItems(value);
    const isList =
      !!feed ||
      (Array.isArray(value) &&
        (!articleFromJson(value) || value.filter((x) => articleFromJson(x)).length > 1));
    const items = feed ?? (isList ? (value as unknown[]) : [value]);
    for (const [i, item] of items.entries()) {
      const source = isList ? `${blob.source}#${i + 1}` : blob.source;
      const parts = articleFromJson(item);
      if (!parts) {
        yield { source, code: 'NO_CONTENT', reason: `${source}: ${noArticleText}` };
        continue;
      }
      const raw = isList
        ? makeRaw(source, new TextEncoder().encode(JSON.stringify(item)), blob.fetchedAt, 'application/json')
        : rawOfBlob(blob);
      yield { raw, ...parts };
    }
  },
};
