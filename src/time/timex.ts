// The shape of a normalized time expression (TIMEX3-style) and of the context it is resolved in.
// Values follow TimeML: 2026-01-03, 2025-10 (+ mod END), 199 (a decade), 2025-Q4, 2025-W44, P2D,
// PRESENT_REF; an unknown year stays XXXX and the timex is marked unresolved.

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type Granularity =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'partofday'
  | 'hour'
  | 'minute'
  | 'second'
  | 'vague';

export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_MORE'
  | 'EQUAL_OR_LESS'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_AFTER'
  | 'ON_OR_BEFORE';

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** What a relative value was computed from: 'dct' or the start offset of the timex it follows. */
  anchor?: string;
  /** The grammar rule that found it and, after a colon, the resolution rule that decided its value. */
  rule: string;
  /** False when the value keeps unknowns (XXXX) because the anchor date is unknown. */
  resolved: boolean;
  granularity: Granularity;
  /** The calendar interval covered, [begin, end) as YYYY-MM-DD, when the value is a known date. */
  interval?: { begin: string; end: string };
}

/** The anchor dates an expression may be resolved against. */
export interface TimeContext {
  /** The document creation time (YYYY-MM-DD), null when unknown. */
  dct: string | null;
  /** The most recently mentioned specific date in the narrative, for anaphoric expressions. */
  ref: { value: string; start: number } | null;
  /** The most recently mentioned date of any granularity with a known year ("that year", "the next month"). */
  refCoarse: { value: string; start: number } | null;
  /** The document reports quarterly results, so "a year ago" means the same quarter a year before. */
  quarterly?: boolean;
  /** The sentence the expression stands in (context cues such as quarterly reporting). */
  sentence?: string;
  /** Tense of the clause around the expression; 'present' when no cue decides. */
  tense: 'past' | 'present' | 'future';
}
