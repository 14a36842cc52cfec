// Compiles the classifier's cue data (data/cues.json, data/structure.json) into regular expressions
// once, so the word lists stay editable as data and the code only reads them.
import type { RemovalReason } from '../doc/index.js';
import cueData from './data/cues.json' with { type: 'json' };
import structureData from './data/structure.json' with { type: 'json' };

export interface CueRule {
  reason: RemovalReason;
  maxWords: number;
  patterns: RegExp[];
}

export interface ClassHint {
  reason: RemovalReason;
  pattern: RegExp;
}

/** Patterns are case-insensitive unless marked "(?c)", which JavaScript has no inline flag for. */
const compile = (p: string) => (p.startsWith('(?c)') ? new RegExp(p.slice(4), 'u') : new RegExp(p, 'iu'));

export const cueRules: readonly CueRule[] = cueData.rules.map((r) => ({
  reason: r.reason as RemovalReason,
  maxWords: r.maxWords,
  patterns: r.patterns.map(compile),
}));

export const classHints: readonly ClassHint[] = structureData.classHints.map((h) => ({
  reason: h.reason as RemovalReason,
  pattern: compile(h.pattern),
}));

/** "TOKYO – ", "LOS ANGELES, CA – ", "WASHINGTON (Reuters) - ": the opening of a wire story. Case-sensitive. */
export const wireDateline = new RegExp(structureData.wireDateline, 'u');

/** Class names of containers readers never see (tooltips, screen-reader text, hover cards). */
export const hiddenClass = compile(structureData.hiddenClass);

export const syndicationSource: readonly RegExp[] = structureData.syndicationSource.map(compile);

/** "Jane Doe is a reporter at …": an author's note closing the article. */
export const authorBio = compile(cueData.authorBio);

/** The first rule whose pattern matches a block of at most its word count, if any. */
export function matchCue(text: string, words: number): { reason: RemovalReason; rule: string } | null {
  for (const rule of cueRules) {
    if (words > rule.maxWords) continue;
    const hit = rule.patterns.find((p) => p.test(text));
    if (hit) return { reason: rule.reason, rule: `${rule.reason}:${rule.patterns.indexOf(hit)}` };
  }
  return null;
}
