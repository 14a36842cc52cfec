// Stretches of a text inside quotation marks. A name inside a quote is not who the quote's
// attribution pronoun ("…,” he said) points back to, and a role noun inside a quote ("the
// president") speaks from the quoted person's point of view, so coreference skips both.

export type Region = readonly [number, number];

/**
 * Curly and straight double quotes, and the doubled apostrophes some wires use (''…'' and ``…'');
 * a quote left open runs to the end of its paragraph.
 */
export function quotedRegions(text: string): Region[] {
  const out: Region[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i];
    const doubled = (ch === "'" || ch === '`') && text[i + 1] === ch;
    if (doubled) ch = ch === '`' ? '“' : '"';
    if (ch === '\n') {
      if (open >= 0) out.push([open, i]);
      open = -1;
    } else if (ch === '“' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((ch === '”' || ch === '"') && open >= 0) {
      out.push([open, i + (doubled ? 2 : 1)]);
      open = -1;
    }
    if (doubled) i++;
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

/** Whether `at` lies inside one of the (sorted, disjoint) regions. */
export function insideRegion(regions: readonly Region[], at: number): boolean {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = regions[mid];
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
