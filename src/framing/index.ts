// How outlets frame the story: genre, tone (overall and toward actors), hedging, voices, exclusives, reactions.
export { type ArticleFraming, frameArticle } from './article-framing.js';
export { findStances, type Stance, type StanceMention } from './find-stances.js';
export { type Reaction, type ReactionMatrix, type ReactionRow, reactionMatrix } from './reaction-matrix.js';
export { listSources, type OutletFraming, type SourcesReport } from './source-listing.js';
export { sentenceTone, summarizeTone } from './tone.js';
export { voiceShares } from './voices.js';
