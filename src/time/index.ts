// Time: normalized time expressions (TIMEX3) and one timeline across articles.
export { tagTimex, type TagOptions } from './tag-timex.js';
export type { Granularity, TimeContext, Timex, TimexMod, TimexType } from './timex.js';
export { valueInterval, type Interval } from './value-interval.js';
