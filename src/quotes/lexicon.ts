// The reporting-cue lexicon and the closed word classes, read from data/ and compiled once into
// look-up sets. Verbs are listed by base form; regular inflections are derived here so the data
// file stays a plain word list.

import words from './data/phrase-words.json' with { type: 'json' };
import cues from './data/reporting-cues.json' with { type: 'json' };

export type CueKind = 'speech' | 'thought' | 'intent' | 'raising' | 'according';

export interface CuePattern {
  words: readonly string[];
  kind: CueKind;
  /** The verb is also a common noun ("a show", "his remarks"), so it needs a subject-like word before it. */
  nounLike: boolean;
  /** Past participle (or a form that may be one): after "was" it is passive, not a report. */
  participle: boolean;
  /** The bare base form ("say", "report"): needs a plural or modal subject right before it. */
  base: boolean;
}

function inflect(base: string): string[] {
  const parts = base.split(' ');
  const head = parts[0];
  const rest = parts.slice(1).join(' ');
  const withRest = (w: string) => (rest ? `${w} ${rest}` : w);
  const s = /(?:s|sh|ch|x|z)$/.test(head)
    ? `${head}es`
    : /[^aeiou]y$/.test(head)
      ? `${head.slice(0, -1)}ies`
      : `${head}s`;
  const ed = head.endsWith('e')
    ? `${head}d`
    : /[^aeiou]y$/.test(head)
      ? `${head.slice(0, -1)}ied`
      : `${head}ed`;
  const ing = head.endsWith('e') && !head.endsWith('ee') ? `${head.slice(0, -1)}ing` : `${head}ing`;
  return [s, ed, ing].map(withRest);
}

interface Form {
  form: string;
  base: string;
  participle: boolean;
  isBase: boolean;
}

function verbForms(table: Record<string, string[] | null>): Form[] {
  const out: Form[] = [];
  for (const [base, forms] of Object.entries(table)) {
    const [s, ed, ing] = forms ?? inflect(base);
    out.push(
      { form: base, base, participle: false, isBase: true },
      { form: s, base, participle: false, isBase: false },
    );
    out.push(
      { form: ed, base, participle: true, isBase: false },
      { form: ing, base, participle: false, isBase: false },
    );
  }
  return out;
}

const nounLike = new Set(words.nounLike);

/** Cue patterns indexed by their first word, longest first so the longest cue wins. */
export const cuePatterns: ReadonlyMap<string, readonly CuePattern[]> = (() => {
  const map = new Map<string, CuePattern[]>();
  const add = (phrase: string, kind: CueKind, base = '', participle = false, isBase = false) => {
    const ws = phrase.toLowerCase().split(' ');
    const list = map.get(ws[0]) ?? [];
    list.push({ words: ws, kind, nounLike: nounLike.has(base), participle, base: isBase });
    map.set(ws[0], list);
  };
  for (const f of verbForms(cues.speechVerbs as Record<string, string[] | null>))
    add(f.form, 'speech', f.base, f.participle, f.isBase);
  for (const f of verbForms(cues.thoughtVerbs as Record<string, string[] | null>))
    add(f.form, 'thought', f.base, f.participle, f.isBase);
  for (const f of verbForms(cues.intentVerbs as Record<string, string[] | null>))
    add(f.form, 'intent', f.base, false, f.isBase);
  for (const p of cues.phrases) add(p, 'speech');
  for (const p of cues.raising) add(p, 'raising');
  for (const p of cues.formsOnly) add(p, 'speech', '', /ed$/.test(p));
  for (const p of cues.sourceFirst) add(p, 'according');
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

export const lex = {
  auxiliaries: set(words.auxiliaries),
  beAuxiliaries: set(words.beAuxiliaries),
  cueAdverbs: set(words.cueAdverbs),
  clauseStarters: set(words.clauseStarters),
  leadingConnectives: set(words.leadingConnectives),
  prepositions: set(words.prepositions),
  determiners: set(words.determiners),
  relativePronouns: set(words.relativePronouns),
  subjectPronouns: new Map(Object.entries(words.subjectPronouns)),
  objectWords: set(words.objectWords),
  timeWords: set(words.timeWords),
  titles: set(words.titles),
  orgWords: set(words.orgWords),
  roleNouns: set(words.roleNouns),
  nouns: set(cues.nouns),
  nonSpeakers: set(cues.nonSpeakers),
  cuePatternsHas: (w: string) => cuePatterns.has(w),
};
