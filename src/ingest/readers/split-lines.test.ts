import { describe, expect, it } from 'vitest';
import { splitLines } from './split-lines.js';

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield new TextEncoder().encode(p);
}

async function lines(src: AsyncIterable<Uint8Array>, max = 100) {
  const out: [number, string | null][] = [];
  for await (const l of splitLines(src, max)) out.push([l.n, l.bytes && new TextDecoder().decode(l.bytes)]);
  return out;
}

describe('splitLines', () => {
  it('joins lines across chunk boundaries and keeps a last line without a newline', async () => {
    expect(await lines(chunks('ab', 'c\nd', 'e\n\nf'))).toEqual([
      [1, 'abc'],
      [2, 'de'],
      [3, ''],
      [4, 'f'],
    ]);
  });

  it('drops the bytes of an over-long line but keeps counting', async () => {
    expect(await lines(chunks('short\n', 'x'.repeat(8), 'y'.repeat(8), '\nnext\n'), 10)).toEqual([
      [1, 'short'],
      [2, null],
      [3, 'next'],
    ]);
  });

  it('keeps multi-byte characters split between chunks intact', async () => {
    const bytes = new TextEncoder().encode('Привет\n');
    async function* split() {
      yield bytes.subarray(0, 3);
      yield bytes.subarray(3);
    }
    expect(await lines(split())).toEqual([[1, 'Привет']]);
  });
});
