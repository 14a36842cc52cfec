// The pipeline component: a 'timex' layer of DATE/TIME/DURATION/SET spans normalized against the
// document's own date (doc.meta.published; unknown stays unknown, never the ingestion time).
import type { Doc, Span } from '../doc/index.js';
import { withLayer } from '../doc/index.js';
import type { Component } from '../pipeline/component.js';
import { tagTimex } from './tag-timex.js';
import type { Timex } from './timex.js';

export const TIMEX_COMPONENT = 'timex-tagger';
export const TIMEX_VERSION = '1';

export function timexSpan(t: Timex): Span {
  return {
    start: t.start,
    end: t.end,
    label: t.type,
    prov: { component: TIMEX_COMPONENT, version: TIMEX_VERSION, rule: t.rule },
    attrs: {
      value: t.value,
      ...(t.mod ? { mod: t.mod } : {}),
      ...(t.anchor ? { anchor: t.anchor } : {}),
      rule: t.rule,
      resolved: t.resolved,
      granularity: t.granularity,
      ...(t.interval ? { begin: t.interval.begin, end: t.interval.end } : {}),
    },
  };
}

/** Reads a stored 'timex' layer back into Timex records. */
export function spanTimex(text: string, s: Span): Timex {
  const a = (s.attrs ?? {}) as Record<string, unknown>;
  const t: Timex = {
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    type: s.label as Timex['type'],
    value: String(a.value ?? ''),
    rule: String(a.rule ?? s.prov.rule ?? ''),
    resolved: a.resolved !== false,
    granularity: (a.granularity as Timex['granularity']) ?? 'vague',
  };
  if (a.mod) t.mod = a.mod as Timex['mod'];
  if (a.anchor) t.anchor = String(a.anchor);
  if (a.begin && a.end) t.interval = { begin: String(a.begin), end: String(a.end) };
  return t;
}

export const timexComponent: Component = {
  name: TIMEX_COMPONENT,
  requires: ['sentences'],
  assigns: ['timex'],
  run(doc: Doc): Doc {
    const found = tagTimex(doc.text, { dct: doc.meta.published, sentences: doc.layers.sentences });
    return withLayer(doc, 'timex', found.map(timexSpan));
  },
};
