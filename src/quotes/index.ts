// Quotes: direct and reported speech with cue, source and content spans, and the speaker behind them.
export { findAttributions, type TagOptions } from './attribution-tagger.js';
export { quotesComponent } from './components.js';
export { type ExtractOptions, extractQuotes, type Quote, type TimeHint } from './extract-quotes.js';
export { type CharRange, type FindOptions, type FoundQuote, findQuotes } from './quote-finder.js';
export { findQuoteRegions, type QuoteRegion } from './quote-marks.js';
export type { EntityHint } from './source-name.js';
export { type Attribution, type Speaker, SpeakerResolver } from './speaker-resolver.js';
