import { describe, expect, it } from 'vitest';
import { storeJson } from './store-json.js';

// What storeJson wrote before it was made fast: a replacer applied to every string value.
const reference = (v: unknown) =>
  JSON.stringify(v, (_k, x) => (typeof x === 'string' ? x.replaceAll('\u0000', '\uFFFD') : x));

describe('storeJson', () => {
  const cases: unknown[] = [
    { a: 'plain', n: 1, list: ['x', null, true] },
    { text: 'nul \u0000 here', nested: [{ t: '\u0000\u0000' }] },
    { slash: 'a backslash then u0000: \\u0000', both: '\\\u0000', three: '\\\\\u0000\\u0000' },
    'top-level \u0000',
    { unicode: 'é — \uFFFD 🙂', quote: '"\\"' },
  ];
  it('writes what a replacing JSON.stringify writes, NUL as U+FFFD', () => {
    for (const c of cases) expect(storeJson(c)).toBe(reference(c));
  });
  it('round-trips to values without NUL, other backslashes intact', () => {
    const back = JSON.parse(storeJson(cases[2])) as Record<string, string>;
    expect(back.slash).toBe('a backslash then u0000: \\u0000');
    expect(back.both).toBe('\\\uFFFD');
    expect(back.three).toBe('\\\\\uFFFD\\u0000');
  });
});
