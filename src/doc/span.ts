// A span is a labelled half-open [start, end) range of UTF-16 offsets into a document's clean text,
// with the provenance that says which component (and rule or model) produced it.

export interface Provenance {
  component: string;
  version?: string;
  rule?: string;
  model?: string;
  confidence?: number;
}

export interface Span {
  start: number;
  end: number;
  label: string;
  prov: Provenance;
  /** Typed payload of the layer, e.g. a normalized value or a resolved entity id. */
  attrs?: Record<string, unknown>;
}

export function spanText(text: string, span: Pick<Span, 'start' | 'end'>): string {
  return text.slice(span.start, span.end);
}

export function isValidSpan(text: string, span: Pick<Span, 'start' | 'end'>): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= text.length
  );
}

export function byPosition(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}
