// The claim lexicons (data/*.json) compiled once into look-ups: modality cues as word-bounded
// regular expressions, verb forms to predicate classes, stopwords.
import modality from './data/modality.json' with { type: 'json' };
import predicates from './data/predicates.json' with { type: 'json' };
import stopwords from './data/stopwords.json' with { type: 'json' };

export type CueKind = 'hedge' | 'speculation' | 'opinion' | 'negation';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * One alternation per cue kind, over lower-case text (cuesIn lower-cases it): "n't" is attached, other
 * cues are whole words. A case-insensitive Unicode regex ('iu') of this size is ~30× slower in V8.
 */
function alternation(words: string[]): RegExp {
  const sorted = words.map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length);
  const parts = sorted.map((w) =>
    w.startsWith("n'") ? escapeRegex(w).replace("'", "['’]") : `\\b${escapeRegex(w)}\\b`,
  );
  return new RegExp(parts.join('|'), 'g');
}

export const cueRegex: Record<CueKind, RegExp> = {
  hedge: alternation(modality.hedge),
  speculation: alternation(modality.speculation),
  opinion: alternation(modality.opinion),
  negation: alternation(modality.negation),
};

const { _about: _a, _license: _l, ...classes } = predicates;
export const predicateOf = new Map<string, string>();
for (const [cls, verbs] of Object.entries(classes as Record<string, string[]>))
  for (const v of verbs) if (!predicateOf.has(v)) predicateOf.set(v, cls);

/** Reporting verbs: a predicate only when the sentence has no other. */
export const REPORTING_CLASS = 'say';

export const stopwordSet: ReadonlySet<string> = new Set(stopwords.en);
