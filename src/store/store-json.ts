// What both stores write as text or JSON. PostgreSQL cannot hold U+0000 in text or jsonb, so it is
// stored as U+FFFD in every backend alike: one UTF-16 unit for another, so span offsets stay valid.

export function storeText(s: string): string;
export function storeText(s: string | null): string | null;
export function storeText(s: string | null): string | null {
  return s === null ? null : s.replaceAll('\u0000', '\uFFFD');
}

// JSON.stringify writes U+0000 as the escape \u0000 (after an even run of backslashes; after an odd
// one it is text, an escaped backslash then "u0000"); each such escape becomes U+FFFD. Same output as a replacer, without its per-value call (a hot path:
// every corpus write).
const NUL_ESCAPE = /(?<!\\)((?:\\\\)*)\\u0000/g;

export function storeJson(value: unknown): string {
  const json = JSON.stringify(value);
  return typeof json === 'string' && json.includes('\\u0000') ? json.replace(NUL_ESCAPE, '$1\uFFFD') : json;
}
