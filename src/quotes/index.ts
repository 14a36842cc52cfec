// Quotes: direct and reported speech with cue, source and content spans, and the speaker behind them.
export { type CharRange, type FindOptions, type FoundQuote, findQuotes } from './quote-finder.js';
export { findQuoteRegions, type QuoteRegion } from './quote-marks.js';
