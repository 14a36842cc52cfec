// The event ontology and trigger lexicon, read from data files a user can extend, compiled once into
// lookup maps from every inflected form to its root class.
import ontology from './data/ontology.json' with { type: 'json' };
import triggers from './data/triggers.json' with { type: 'json' };

export interface EventClass {
  code: string;
  name: string;
  label: string;
  goldstein: number;
}

export interface Trigger {
  code: string;
  sub?: string;
  kind: 'verb' | 'noun';
  lemma: string;
  /** Extra prepositions that introduce this trigger's target ("invested in Guyana"). */
  targetAfter?: string[];
}

export const eventClasses: ReadonlyMap<string, EventClass> = new Map(
  ontology.classes.map((c) => [c.code, c]),
);

/** Classes where "A and B fought" means A fought B. */
export const symmetricClasses: ReadonlySet<string> = new Set(
  ontology.classes.filter((c) => 'symmetric' in c && c.symmetric).map((c) => c.code),
);

export const modalityWords = {
  negation: new Set(triggers.modality.negation),
  hypothetical: new Set(triggers.modality.hypothetical),
  requested: new Set(triggers.modality.requested),
  planned: new Set(triggers.modality.planned),
};

/** Verbs whose subject is the actor of the noun trigger they take ("maintained a partnership"). */
export const lightVerbs: ReadonlySet<string> = new Set(triggers.lightVerbs);
/** "Thousands of Venezuelans protested": the group after "of" is the actor. */
export const quantityWords: ReadonlySet<string> = new Set(triggers.quantityWords);

const vowel = /[aeiou]/;

/** Regular English inflections of a verb: -s, -ed, -ing, with the usual spelling changes. */
export function inflect(lemma: string): string[] {
  const double = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma) ? lemma + lemma.at(-1) : lemma;
  const third = /(s|sh|ch|x|z|o)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const past = lemma.endsWith('e')
    ? `${lemma}d`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : `${double}ed`;
  const ing =
    lemma.endsWith('e') && !lemma.endsWith('ee') && vowel.test(lemma.slice(0, -1))
      ? `${lemma.slice(0, -1)}ing`
      : `${double}ing`;
  return [lemma, third, past, ing];
}

function compile(): { verbs: Map<string, Trigger>; nouns: Map<string, Trigger> } {
  const verbs = new Map<string, Trigger>();
  for (const v of triggers.verbs as Array<{
    lemma: string;
    code: string;
    sub?: string;
    irregular?: string[];
    targetAfter?: string[];
  }>) {
    const t: Trigger = {
      code: v.code,
      kind: 'verb',
      lemma: v.lemma,
      ...(v.sub ? { sub: v.sub } : {}),
      ...(v.targetAfter ? { targetAfter: v.targetAfter } : {}),
    };
    for (const form of [...inflect(v.lemma), ...(v.irregular ?? [])])
      if (!verbs.has(form)) verbs.set(form, t);
  }
  const nouns = new Map<string, Trigger>();
  for (const n of triggers.nouns as Array<{
    words: string[];
    code: string;
    sub?: string;
    targetAfter?: string[];
  }>) {
    for (const w of n.words)
      nouns.set(w, {
        code: n.code,
        kind: 'noun',
        lemma: w,
        ...(n.sub ? { sub: n.sub } : {}),
        ...(n.targetAfter ? { targetAfter: n.targetAfter } : {}),
      });
  }
  return { verbs, nouns };
}

export const triggerLexicon = compile();
