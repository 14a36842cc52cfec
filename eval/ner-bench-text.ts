// Generated news-like text for `dossier bench nlp`: sentences from the templates below with names
// drawn from the gazetteer, so the benchmark needs no shared data and is the same on every run.
import data from '../src/nlp/data/gazetteer.json' with { type: 'json' };

const TEMPLATES = [
  '{P}, the {N} foreign minister, told reporters in {C} on Tuesday that talks with {O} had stalled.',
  'Officials at {O} said {Q} people were evacuated from {C} after the storm, according to {P}.',
  '"We will not accept this," {P} said in a statement released by the {O} press office.',
  'The deal, worth more than $' + '{Q} million, was signed in {C} by {P} and representatives of {O}.',
  'In {K}, protesters gathered outside the parliament as {P} met the {N} ambassador.',
  '{P} of {O} warned that prices could rise by {Q} percent before the end of the year.',
  'Analysts in {C} expect {O} to report lower profits, said {P}, a senior economist.',
  'The {N} delegation left {K} early, and {P} declined to comment on the visit.',
  'Troops moved toward the border with {K} on Monday, a spokesman for {O} said.',
  '{P} and {P} are expected to meet in {C} next week to discuss trade with {K}.',
];

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)];
}

export function benchText(targetWords: number, seed = 7): string {
  let s = seed >>> 0;
  const r = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const L = data.lists;
  const fill: Record<string, () => string> = {
    P: () => `${pick(L.firstName, r)} ${pick(L.lastName, r)}`,
    C: () => pick(L.city, r),
    K: () => pick(L.country, r),
    O: () => pick(L.org, r),
    N: () => pick(L.demonym, r),
    Q: () => String(1 + Math.floor(r() * 900)),
  };
  const paras: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const sentences: string[] = [];
    for (let k = 0; k < 5; k++) {
      const t = pick(TEMPLATES, r).replace(/\{([A-Z])\}/g, (_m, key: string) => fill[key]());
      sentences.push(t);
      words += t.split(' ').length;
    }
    paras.push(sentences.join(' '));
  }
  return paras.join('\n\n');
}
