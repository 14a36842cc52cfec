// A value derived from the whole store, recomputed when the number of documents changes or, for values that
// corpus stages can change without adding documents, after a short time; so listings and figures do not
// rescan the store on every request.
import type { Store } from '../store/store.js';

const MAX_AGE_MS = 5000;

export interface CountKeyed<T> {
  get(): Promise<T>;
  invalidate(): void;
}

export function countKeyed<T>(store: Store, compute: () => Promise<T>, maxAgeMs = MAX_AGE_MS): CountKeyed<T> {
  let cache: { count: number; at: number; value: Promise<T> } | null = null;
  return {
    async get() {
      const count = await store.countDocuments();
      const now = Date.now();
      if (!cache || cache.count !== count || now - cache.at > maxAgeMs) {
        const value = compute();
        cache = { count, at: now, value };
        value.catch(() => {
          if (cache?.value === value) cache = null;
        });
      }
      return cache.value;
    },
    invalidate() {
      cache = null;
    },
  };
}
