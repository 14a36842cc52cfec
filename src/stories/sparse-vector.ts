// Sparse vectors as Maps from feature to weight: the few operations story clustering needs.
export type SparseVector = Map<string, number>;

export function norm(v: SparseVector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot(a, b) / n;
}

/** A copy scaled to unit length (the zero vector stays zero). */
export function unit(v: SparseVector): SparseVector {
  const n = norm(v);
  const out: SparseVector = new Map();
  if (n === 0) return out;
  for (const [k, x] of v) out.set(k, x / n);
  return out;
}

/** Adds `scale * b` into `a` in place. */
export function addInto(a: SparseVector, b: SparseVector, scale = 1): void {
  for (const [k, x] of b) a.set(k, (a.get(k) ?? 0) + scale * x);
}
