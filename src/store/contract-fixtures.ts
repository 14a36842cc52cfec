// Documents for the store contract suite, built in code (no shared data): small, varied, with layers.
import { createHash } from 'node:crypto';
import type { Doc, DocMeta, Layers } from '../doc/index.js';
import { emptyMeta } from '../doc/index.js';

export function makeDoc(text: string, meta: Partial<DocMeta> = {}, layers: Layers = {}): Doc {
  const bytes = new TextEncoder().encode(`<p>${text}</p>`);
  return {
    text,
    meta: { ...emptyMeta(), ...meta },
    removed: [],
    layers,
    raw: {
      source: meta.url ?? `mem:${text.slice(0, 20)}`,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fetchedAt: '2026-01-05T10:00:00.000Z',
      contentType: 'text/html',
    },
  };
}

/** A full document: metadata, a removed block and two layers. */
export function richDoc(): Doc {
  const text = 'Heading line\nThe minister met the envoy in Caracas on Monday. Talks went on for hours.';
  const at = text.indexOf('Caracas');
  return {
    ...makeDoc(text, {
      title: 'Envoy visits Caracas',
      authors: ['A. Writer', 'B. Reporter'],
      published: '2026-01-04',
      publishedFrom: 'meta',
      outlet: 'Example Gazette',
      url: 'https://example.org/news/envoy',
      canonicalUrl: 'https://example.org/news/envoy',
      language: 'en',
      genre: 'report',
      syndicatedFrom: 'Wire Service',
    }),
    removed: [{ text: 'Photo: Someone / Agency', reason: 'credit', at: 13 }],
    layers: {
      headings: [{ start: 0, end: 12, label: 'HEADING', prov: { component: 'segmenter' } }],
      entities: [
        {
          start: at,
          end: at + 7,
          label: 'GPE',
          prov: { component: 'ner', confidence: 0.9 },
          attrs: { entity: 'e1' },
        },
      ],
    },
  };
}

/** n distinct documents with a shared word and a numbered one. */
export function numberedDocs(n: number): Doc[] {
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  return Array.from({ length: n }, (_, i) =>
    makeDoc(`Report number ${words[i % words.length]} ${i} about the harbour strike, day ${i + 1}.`, {
      title: `Strike day ${i + 1}`,
      url: `https://example.net/strike/${i}`,
    }),
  );
}
