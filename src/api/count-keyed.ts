// A value derived from the whole store, cached under the store's change mark: it is recomputed after any
// committed change (a document added, a layer or corpus item written, by this process or another) and never
// served stale, while listings and figures stop rescanning the store on every request.
import type { Store } from '../store/store.js';

export interface CountKeyed<T> {
  get(): Promise<T>;
  invalidate(): void;
}

export function countKeyed<T>(store: Store, compute: () => Promise<T>): CountKeyed<T> {
  let cache: { mark: string; value: Promise<T> } | null = null;
  return {
    async get() {
      // The mark is read before computing: a change committed meanwhile gives the next request a new mark.
      const mark = await store.changeMark();
      if (!cache || cache.mark !== mark) {
        const value = compute();
        cache = { mark, value };
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
