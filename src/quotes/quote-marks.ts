// Direct-quote regions from the quotation marks alone, in one left-to-right pass. Curly marks say
// which way they face; straight ones ("" and the '' some wires use) face by what stands beside them.
// A quote never crosses a paragraph break unless the next paragraph opens with a mark (the
// newspaper convention for a quote running over several paragraphs); an unclosed quote ends with
// its paragraph, so one stray mark cannot swallow the rest of an article.

export interface QuoteRegion {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the paragraph end when the quote was left open). */
  end: number;
  closed: boolean;
  /** The next region continues this quote in the next paragraph. */
  continues: boolean;
}

const MARK_RE = /''|[“”„«»"]/g;

type Facing = 'open' | 'close';

function facing(text: string, at: number, mark: string): Facing {
  const before = at > 0 ? text[at - 1] : '\n';
  const after = text[at + mark.length] ?? '\n';
  // A curly mark typed the wrong way round faces by its neighbours ("unusual,“ said").
  if (mark === '“' || mark === '„' || mark === '«')
    return /[\s]/.test(after) && !/\s/.test(before) ? 'close' : 'open';
  if (mark === '”' || mark === '»') return /\s/.test(before) && /\p{L}/u.test(after) ? 'open' : 'close';
  if (/[\s([{—–-]/.test(before) && !/\s/.test(after)) return 'open';
  return 'close';
}

export function findQuoteRegions(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let paraEnd = paragraphEnd(text, 0);
  const finishOpen = (end: number) => {
    const region = { start: open, end, closed: false, continues: false };
    const next = nextParagraphStart(text, end);
    if (next >= 0 && /^(?:''|[“"„«])/.test(text.slice(next, next + 2))) region.continues = true;
    out.push(region);
    open = -1;
  };
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(text); m; m = MARK_RE.exec(text)) {
    const at = m.index;
    while (at >= paraEnd) {
      if (open >= 0) finishOpen(trimEnd(text, paraEnd));
      paraEnd = paragraphEnd(text, paraEnd + 1);
    }
    const face = facing(text, at, m[0]);
    if (open < 0) {
      if (face === 'open') open = at;
      continue;
    }
    if (face === 'close' || m[0] === '"' || m[0] === "''") {
      // ",'''" closes a nested single quote and the outer double one together.
      const len = m[0] === "''" && text[at + 2] === "'" ? 3 : m[0].length;
      MARK_RE.lastIndex = at + len;
      out.push({ start: open, end: at + len, closed: true, continues: false });
      open = -1;
    } else {
      // A second opening mark while one is open: the first was never closed.
      finishOpen(trimEnd(text, at));
      open = at;
    }
  }
  if (open >= 0) finishOpen(trimEnd(text, Math.min(paraEnd, text.length)));
  return out;
}

function paragraphEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function nextParagraphStart(text: string, from: number): number {
  let pos = from;
  while (pos < text.length && /\s/.test(text[pos])) pos++;
  return pos < text.length && pos > from && text.slice(from, pos).includes('\n') ? pos : -1;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}
