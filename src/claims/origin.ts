// Independent origins. Two mentions share an origin when they credit the same source ("according to
// The Washington Post" in both), or when their articles do: one reprints the other, both carry one
// syndication note or wire cue, or both come from one outlet — the article's origin is what
// src/stories' reprint index says. An article with no outlet and no copy is its own origin.
import type { Origin as ArticleOrigin } from '../stories/index.js';
import type { Claimant } from './claim-types.js';

export interface Origin {
  key: string;
  name: string;
}

/** The origin of an article's own reporting, from the reprint index's verdict. */
export function articleOrigin(docId: string, origin: ArticleOrigin): Origin {
  return { key: origin.key, name: origin.outlet ?? `article ${docId}` };
}

/** A source the sentence credits outranks the article: two outlets citing one paper are one origin. */
export function mentionOrigin(article: Origin, claimant: Claimant | null): Origin {
  if (claimant) return { key: claimant.key, name: claimant.name };
  return article;
}
