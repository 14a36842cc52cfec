import { describe, expect, it } from 'vitest';
import { keysOf, packWords, sharedIds, sharedWords, wordCount } from './mention-keys.js';

const mention = (words: string[], ids: string[]) => ({
  words,
  entities: ids.map((id) => ({ id, name: id, type: 'ORG' })),
});

describe('mention keys', () => {
  it('keeps distinct words as sorted ids and distinct entity ids', () => {
    const k = keysOf(mention(['navy', 'ship', 'navy', 'port'], ['e1', 'e2', 'e1']));
    const ids = k.words as Int32Array;
    expect(wordCount(ids)).toBe(3);
    expect([...ids]).toEqual([...ids].sort((a, b) => a - b));
    expect(k.entities).toEqual(['e1', 'e2']);
  });

  it('counts shared words through the interned ids', () => {
    const a = keysOf(mention(['navy', 'ship', 'port', 'strike'], []));
    const b = keysOf(mention(['port', 'navy', 'storm'], []));
    expect(sharedWords(a.words, b.words)).toBe(2);
    expect(sharedWords(a.words, new Int32Array())).toBe(0);
    // Packed keys (what a kept wording holds) count the same.
    expect(sharedWords(packWords(a.words), b.words)).toBe(2);
    expect(sharedWords(packWords(a.words), packWords(b.words))).toBe(2);
    expect(wordCount(packWords(a.words))).toBe(4);
    expect(sharedIds(['e1', 'e2'], ['e2', 'e3'])).toBe(1);
  });

  it('builds keys once and keeps them out of copies and JSON', () => {
    const m = mention(['a', 'b'], ['e1']);
    expect(keysOf(m)).toBe(keysOf(m));
    expect(JSON.stringify(m)).not.toContain('words":{');
    expect(Object.keys({ ...m })).toEqual(['words', 'entities']);
  });
});
