// What a timeline item is compared on: its actors (from the entities layer when there is one, else
// capitalized name sequences) and the kinds of happening its words signal (data/events.json).
import events from './data/events.json' with { type: 'json' };
import { MONTHS, WEEKDAYS } from './lexicon.js';

const classes = Object.entries(events.classes as Record<string, string[]>);
const aliases = new Map(Object.entries(events.actorAliases as Record<string, string>));
const notActors = new Set(events.notActors);

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .trim();

/** The keys an actor name is matched on: its folded form (aliased) and, for names, its last word. */
export function actorKeys(name: string): string[] {
  const f = fold(name).replace(/^the\s+/, '');
  const a = aliases.get(f);
  if (a) return [a];
  const words = f.split(/\s+/).filter((w) => !notActors.has(w));
  if (!words.length) return [];
  const keys = [words.join(' ')];
  const last = words[words.length - 1];
  if (words.length > 1 && last.length > 2 && !aliases.has(words.slice(-2).join(' ')))
    keys.push(aliases.get(last) ?? last);
  else if (words.length > 1 && aliases.has(words.slice(-2).join(' ')))
    keys.push(aliases.get(words.slice(-2).join(' '))!);
  return keys;
}

/** Name-like sequences of capitalized words (a fallback when no entities layer is present). */
export function guessActors(sentence: string, docText = ''): string[] {
  const out: string[] = [];
  const re = /(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|al|bin))*/gu;
  for (const m of sentence.matchAll(re)) {
    let name = m[0].replace(/['’]s$/, '').replace(/[.]$/, (d) => (/\b\p{Lu}\.$/u.test(m[0]) ? d : ''));
    const first = name.split(/\s+/)[0];
    // A sentence-initial word the document also writes in lower case is an ordinary word ("Even", "Experts").
    const initial =
      m.index === sentence.search(/\S/) &&
      new RegExp(`[^\\p{L}]${first.toLowerCase()}[^\\p{L}]`, 'u').test(docText);
    if (notActors.has(first.toLowerCase()) || initial) name = name.split(/\s+/).slice(1).join(' ');
    if (!name || MONTHS.has(name.toLowerCase().replace(/\.$/, '')) || WEEKDAYS.has(name.toLowerCase()))
      continue;
    if (name.length < 2) continue;
    out.push(name);
  }
  return [...new Set(out)];
}

/** The kinds of happening a sentence reports. */
export function eventTerms(sentence: string): string[] {
  // What follows "after", "following", "since"… names an earlier happening the sentence refers back
  // to ("Russia declared … following Maduro's capture"), not the one it reports: leave it out.
  const s = ` ${sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\b(?:after|following|since|amid|before|over)((?:\s+[\p{L}'-]+){1,4})/gu, ' ')} `;
  return classes.filter(([, stems]) => stems.some((stem) => s.includes(` ${stem}`))).map(([c]) => c);
}
