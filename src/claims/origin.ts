// Independent origins. Two mentions share an origin when they credit the same claimant ("according to
// The Washington Post" in both), or when their articles do: one reprints the other (near-duplicate
// text or a syndication note), both are copies of one wire service, or both come from one outlet.
// An article with no outlet and no copy is its own origin.
import type { Doc, DocMeta } from '../doc/index.js';
import { claimantKey } from './attribution.js';
import type { Claimant, ClaimDoc } from './claim-types.js';
import { wires } from './lexicon.js';

export interface Origin {
  key: string;
  name: string;
}

/** The origin of an article's own reporting (before any claimant a sentence credits). */
export function articleOrigin(
  docId: string,
  meta: Pick<DocMeta, 'outlet' | 'syndicatedFrom'>,
  reprintOf: ClaimDoc | null,
  wire: string | null = null,
): Origin {
  if (reprintOf) return { key: reprintOf.origin, name: reprintOf.originName };
  const source = meta.syndicatedFrom ?? wire ?? meta.outlet;
  if (source) return { key: `o:${claimantKey(source)}`, name: source };
  return { key: `d:${docId}`, name: `article ${docId}` };
}

const WIRE_DATELINE = /^[^\n]{0,80}?\(([A-Z][A-Za-z ]{1,30})\)\s*[-–—]/;

/** The wire service an article is a copy of, from a removed credit or byline or a "(Reuters) —" dateline. */
export function wireCredit(doc: Pick<Doc, 'text' | 'removed'>): string | null {
  const places = [
    ...doc.removed
      .filter((r) => ['syndication', 'credit', 'byline', 'dateline'].includes(r.reason))
      .map((r) => r.text),
  ];
  const dateline = WIRE_DATELINE.exec(doc.text);
  if (dateline) places.push(dateline[1]);
  for (const p of places)
    for (const m of p.matchAll(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu))
      if (wires.has(m[0].toLowerCase())) return m[0];
  return null;
}

/** A claimant the sentence credits outranks the article: two outlets citing one paper are one origin. */
export function mentionOrigin(article: Origin, claimant: Claimant | null): Origin {
  if (claimant) return { key: `o:${claimant.key}`, name: claimant.name };
  return article;
}
