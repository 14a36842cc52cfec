// Time: normalized time expressions (TIMEX3) and one timeline across articles.

export { spanTimex, TIMEX_COMPONENT, timexComponent, timexSpan } from './components.js';
export { type TagOptions, tagTimex } from './tag-timex.js';
export { addToTimeline, buildTimeline, filterTimeline, type TimelineFilter } from './timeline.js';
export { TimelineIndex } from './timeline-index.js';
export { linkReason } from './timeline-link.js';
export { docMentions, estimateReportTime } from './timeline-mentions.js';
export { TimelineStage } from './timeline-stage.js';
export { loadTimeline, MENTIONS_KIND, recordTimelineMentions, storedDocs } from './timeline-store.js';
export type { AnalysedDoc, Evidence, Mention, TimelineItem } from './timeline-types.js';
export type { Granularity, TimeContext, Timex, TimexMod, TimexType } from './timex.js';
export { type Interval, valueInterval } from './value-interval.js';
