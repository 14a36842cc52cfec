// What both stores write as text or JSON. PostgreSQL cannot hold U+0000 in text or jsonb, so it is
// stored as U+FFFD in every backend alike: one UTF-16 unit for another, so span offsets stay valid.

export function storeText(s: string): string;
export function storeText(s: string | null): string | null;
export function storeText(s: string | null): string | null {
  return s === null ? null : s.replaceAll('\u0000', '\uFFFD');
}

export function storeJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === 'string' ? storeText(v) : v));
}
