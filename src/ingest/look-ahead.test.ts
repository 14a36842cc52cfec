import { describe, expect, it } from 'vitest';
import { lookAhead } from './look-ahead.js';

/** A source that counts how many items were pulled from it. */
function counted(items: string[]) {
  const state = { pulled: 0 };
  async function* gen() {
    for (const x of items) {
      state.pulled++;
      yield x;
    }
  }
  return { state, source: gen() };
}

describe('lookAhead', () => {
  it('yields every item in order and pulls at most `limit` busy items ahead', async () => {
    const items = Array.from({ length: 20 }, (_, i) => `busy${i}`);
    const { state, source } = counted(items);
    const seen: string[] = [];
    for await (const x of lookAhead(source, 3, (s) => s.startsWith('busy'))) {
      // The consumer holds one; at most 3 busy items were pulled beyond the ones consumed before it.
      expect(state.pulled - seen.length).toBeLessThanOrEqual(3);
      seen.push(x);
    }
    expect(seen).toEqual(items);
  });

  it('bounds idle items too, so a long run of them is not read into memory at once', async () => {
    const items = Array.from({ length: 100 }, (_, i) => `idle${i}`);
    const { state, source } = counted(items);
    let consumed = 0;
    for await (const _ of lookAhead(source, 2, () => false)) {
      expect(state.pulled - consumed).toBeLessThanOrEqual(8);
      consumed++;
    }
    expect(consumed).toBe(100);
  });

  it('pulls busy items ahead so that their work overlaps', async () => {
    const { state, source } = counted(['a', 'b', 'c', 'd']);
    const it = lookAhead(source, 2, () => true);
    await it.next();
    expect(state.pulled).toBe(2);
    await it.return(undefined);
  });
});
