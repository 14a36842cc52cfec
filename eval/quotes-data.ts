// The PolNeAR reader for the quotes benchmark; the training command shares it (src/quotes/polnear.ts).
export {
  type GoldAttribution,
  type GoldDoc,
  type Range,
  type ReadOptions,
  readPolnear,
} from '../src/quotes/polnear.js';
