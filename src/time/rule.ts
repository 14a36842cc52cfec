// What a grammar rule is: a regular expression over the text and a builder that turns a match into a
// normalized value in its context. A builder may veto a match ('reject': "31 February" is no date and
// must not fall back to "February" alone) or decline it (null: let a shorter rule try).
import type { Resolved } from './resolve.js';
import type { TimeContext } from './timex.js';

export type Built = Resolved & {
  /** Trim the match to a sub-span (e.g. a leading preposition matched only as context). */
  from?: number;
  to?: number;
};

export interface Rule {
  name: string;
  re: RegExp;
  build(m: RegExpExecArray, ctx: TimeContext): Built | 'reject' | null;
  /** Needs the context (document date, last mentioned date, tense) to build; false builds once. */
  contextual?: boolean;
}

/** Word boundaries that treat letters and digits as word characters (Unicode-aware). */
export const B = '(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}\x27])';
export const E = '(?![\\p{L}\\p{N}])';

export function rule(name: string, source: string, build: Rule['build']): Rule {
  return { name, re: new RegExp(source, 'giu'), build };
}

/** Month and weekday names are proper nouns: "may" the verb is not "May" the month. */
export function isCapitalized(word: string | undefined): boolean {
  return !!word && /^\p{Lu}/u.test(word);
}
