// The quotes stage as a pipeline component: reads the sentences (and the entities and times when
// an earlier stage assigned them) and writes the 'quotes' layer, one span per quote over its
// content, with the cue, source, speaker and role in the span's attrs.
import { type Doc, type Span, withLayer } from '../doc/index.js';
import type { Component } from '../pipeline/component.js';
import { extractQuotes, type TimeHint } from './extract-quotes.js';

export const QUOTES_VERSION = '2';

export const quotesComponent = {
  name: 'quote-finder',
  requires: ['sentences'],
  assigns: ['quotes'],
  run(doc: Doc): Doc {
    const layer = (name: string) => doc.layers[name] ?? [];
    const times: TimeHint[] = [...layer('times'), ...layer('timex')].map((t) => ({
      start: t.start,
      end: t.end,
      value: typeof t.attrs?.value === 'string' ? t.attrs.value : null,
    }));
    const quotes = extractQuotes(doc.text, {
      sentences: layer('sentences'),
      entities: layer('entities'),
      times,
    });
    const spans: Span[] = quotes.map((q) => ({
      start: q.content.start,
      end: q.content.end,
      label: q.direct ? 'QUOTE_DIRECT' : 'QUOTE_INDIRECT',
      prov: { component: 'quote-finder', version: QUOTES_VERSION, rule: q.rule },
      attrs: {
        direct: q.direct,
        parts: q.parts,
        cue: q.cue,
        source: q.source,
        speaker: q.speaker,
        role: q.role,
        ...(q.date ? { date: q.date } : {}),
      },
    }));
    return withLayer(doc, 'quotes', spans);
  },
} satisfies Component;
