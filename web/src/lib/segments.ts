// Cuts a document's clean text into runs where the same set of spans is active, so overlapping layers
// (a quote containing an entity and a date) highlight together without nesting markup. Removed blocks
// are placed at their offsets between runs.
/** The parts of a span and a removed block this needs (kept local so tests can import the file as is). */
interface Span {
  start: number;
  end: number;
}
interface RemovedBlock {
  at: number;
}

export interface Marked<S extends Span = Span> {
  layer: string;
  span: S;
}

export type Piece<S extends Span = Span, B extends RemovedBlock = RemovedBlock> =
  | { kind: 'text'; start: number; end: number; text: string; marks: Marked<S>[] }
  | { kind: 'removed'; block: B; index: number };

export function segment<S extends Span, B extends RemovedBlock>(
  text: string,
  layers: Record<string, S[]>,
  shown: readonly string[],
  removed: readonly B[] = [],
): Piece<S, B>[] {
  const marks: Marked<S>[] = [];
  for (const layer of shown) {
    for (const span of layers[layer] ?? []) {
      if (span.start >= 0 && span.end <= text.length && span.start < span.end) marks.push({ layer, span });
    }
  }
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.span.start);
    cuts.add(m.span.end);
  }
  const blocks = removed.map((block, index) => ({
    block,
    index,
    at: Math.max(0, Math.min(text.length, block.at)),
  }));
  for (const b of blocks) cuts.add(b.at);
  const points = [...cuts].sort((a, b) => a - b);
  const starts = [...marks].sort((a, b) => a.span.start - b.span.start);
  const pieces: Piece<S, B>[] = [];
  let active: Marked<S>[] = [];
  let next = 0;
  const pending = [...blocks].sort((a, b) => a.at - b.at || a.index - b.index);
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    while (pending.length && pending[0].at === at) {
      const b = pending.shift()!;
      pieces.push({ kind: 'removed', block: b.block, index: b.index });
    }
    if (i === points.length - 1) break;
    const end = points[i + 1];
    active = active.filter((m) => m.span.end > at);
    while (next < starts.length && starts[next].span.start <= at) {
      if (starts[next].span.end > at) active.push(starts[next]);
      next++;
    }
    pieces.push({ kind: 'text', start: at, end, text: text.slice(at, end), marks: [...active] });
  }
  return pieces;
}
