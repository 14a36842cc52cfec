// The claim lexicons (data/*.json) compiled once into look-ups: modality cues as word-bounded
// regular expressions, verb forms to predicate classes, stopwords.
import modality from './data/modality.json' with { type: 'json' };
import predicates from './data/predicates.json' with { type: 'json' };
import stopwords from './data/stopwords.json' with { type: 'json' };

export type CueKind = 'hedge' | 'speculation' | 'opinion' | 'negation';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** One case-insensitive alternation per cue kind; "n't" is attached, other cues are whole words. */
function alternation(words: string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const parts = sorted.map((w) =>
    w.startsWith("n'") ? escapeRegex(w).replace("'", "['’]") : `\\b${escapeRegex(w)}\\b`,
  );
  return new RegExp(parts.join('|'), 'giu');
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
