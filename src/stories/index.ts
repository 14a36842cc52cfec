// Stories and independent origins: story clustering, near-duplicate and reprint detection, wire
// copy, attribution, and the corpus stage that ties them to the store.
export { type Attribution, attributionSpans, findAttributions, type SourceKind } from './attribution.js';
export {
  type Assignment,
  defaultStoryOptions,
  StoryClusterer,
  type StoryOptions,
  type StoryState,
} from './cluster-stories.js';
export { contentWords } from './content-words.js';
export { type Fingerprint, type Origin, type OriginKind, ReprintIndex } from './near-duplicate.js';
export { knownOutlet, outletKey, outletName } from './outlet-names.js';
export { type StoryInput, storyFeatures } from './story-features.js';
export { listStories, type StoryListing } from './story-listing.js';
export {
  ATTRIBUTIONS_LAYER,
  loadStoryItems,
  STORY_DOC_KIND,
  STORY_KIND,
  type StoryPlan,
  StoryStage,
} from './story-stage.js';
export { type WireCue, wireCue } from './wire-copy.js';
