// The timeline's records. A mention is one sentence of one article stating that something happened at
// a time; an item is one happening, the mentions of it from every article merged, with why they merged.
import type { Layers } from '../doc/index.js';
import type { Granularity } from './timex.js';

/** What the timeline needs of an analysed document (the store's StoredDoc provides all of it). */
export interface AnalysedDoc {
  id: string;
  text: string;
  /** The document's own date (YYYY-MM-DD…), null when unknown. */
  published: string | null;
  layers: Layers;
}

export interface Evidence {
  docId: string;
  start: number;
  end: number;
  text: string;
}

export interface Mention {
  id: string;
  docId: string;
  /** TimeML value of the time of the happening, and its calendar interval [start, end). */
  value: string;
  start: string;
  end: string;
  granularity: Granularity;
  mod?: string;
  /** 'explicit': the sentence says when; 'narrative': the time set by the sentence before it. */
  timeSource: 'explicit' | 'narrative';
  /** For a narrative time, the mention id of the sentence that set it. */
  timeFrom?: string;
  label: string;
  actors: string[];
  actorKeys: string[];
  terms: string[];
  evidence: Evidence;
  /** The time of the report (the document's date), kept apart from the time of the happening. */
  reportTime: string | null;
  /** Set when the document had no date and one was estimated, with what it was estimated from. */
  reportTimeEstimate?: { value: string; from: 'content' | 'story'; evidence: Evidence };
  /** The timex rule that decided the time. */
  rule: string;
}

export interface TimelineItem {
  id: string;
  value: string;
  start: string;
  end: string;
  granularity: Granularity;
  mod?: string;
  label: string;
  actors: string[];
  docs: string[];
  evidence: Evidence[];
  /** When each article reported it (its own date, or an estimate with what it rests on). */
  reports: { docId: string; time: string | null; estimate?: Mention['reportTimeEstimate'] }[];
  /** Why mentions were merged into this item, one line per link. */
  merged: string[];
  mentions: Mention[];
}
