// A document filter as both backends apply it: exact outlet/genre/language, and publication dates compared at
// the precision of the bound given. `to=2026-01` must keep 2026-01-31, so the upper bound becomes the bound
// followed by the highest code point, which sorts after every continuation of it (byte order in both stores).
import type { DocFilter } from './store.js';

export interface DocBounds {
  outlet: string | null;
  genre: string | null;
  language: string | null;
  from: string | null;
  /** Inclusive upper bound on `published`. */
  toEnd: string | null;
  ids: string[] | null;
}

export function docBounds(f: DocFilter = {}): DocBounds {
  return {
    outlet: f.outlet ?? null,
    genre: f.genre ?? null,
    language: f.language ?? null,
    from: f.from ?? null,
    toEnd: f.to === undefined ? null : `${f.to}\u{10FFFF}`,
    ids: f.ids ?? null,
  };
}

/** The filter's fields that are set, in a fixed order, so a backend can build (and cache) one query per shape. */
export function boundKeys(b: DocBounds): (keyof DocBounds)[] {
  return (['outlet', 'genre', 'language', 'from', 'toEnd', 'ids'] as const).filter((k) => b[k] !== null);
}
