// Splits a byte stream into lines without ever holding more than one line (up to a cap) in memory,
// so a JSON Lines file of any size is read record by record.

export interface Line {
  /** 1-based line number. */
  n: number;
  /** The line's bytes without the newline; null when it was longer than the cap (its bytes are dropped). */
  bytes: Uint8Array | null;
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let n = 0;
  const emit = (): Line => {
    n++;
    const bytes = tooLong ? null : concat(parts, length);
    parts = [];
    length = 0;
    tooLong = false;
    return { n, bytes };
  };
  for await (const chunk of chunks) {
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl === -1 ? chunk.length : nl;
      if (!tooLong) {
        length += end - from;
        if (length > maxBytes) {
          tooLong = true;
          parts = [];
        } else if (end > from) parts.push(chunk.subarray(from, end));
      }
      if (nl === -1) break;
      yield emit();
      from = nl + 1;
    }
  }
  if (length > 0 || tooLong) yield emit();
}
