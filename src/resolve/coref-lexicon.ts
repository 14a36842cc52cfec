// The word lists within-document coreference reads (data/coref.json, data/first-names.json), compiled
// once into look-ups: role nouns and the stated roles they fit, gendered words, attribution verbs, and
// the country a modifier word names (a nationality, a country, or a seat of government).
import { countryByDemonym, countryByName } from './countries.js';
import data from './data/coref.json' with { type: 'json' };
import names from './data/first-names.json' with { type: 'json' };
import metonymy from './data/metonymy.json' with { type: 'json' };
import { foldDiacritics } from './name-key.js';

export type Gender = 'male' | 'female';

export interface RoleNoun {
  /** The head as listed ("foreign minister"). */
  noun: string;
  kind: 'person' | 'org';
  /** Words (or word sequences) a stated role or name must contain for the noun to fit it. */
  fits: string[];
  gender?: Gender;
}

const roleNouns = new Map<string, RoleNoun>();
for (const [noun, r] of Object.entries(data.personRoles) as Array<
  [string, { fits?: string[]; gender?: Gender }]
>)
  roleNouns.set(noun, {
    noun,
    kind: 'person',
    fits: r.fits ?? [noun],
    ...(r.gender ? { gender: r.gender } : {}),
  });
for (const [noun, r] of Object.entries(data.orgRoles) as Array<[string, { fits?: string[] }]>)
  roleNouns.set(noun, { noun, kind: 'org', fits: r.fits ?? [noun] });
const maxRoleWords = Math.max(...[...roleNouns.keys()].map((n) => n.split(' ').length));

const governmentNouns = new Set(data.governmentNouns);
const roleWords = new Set([
  ...data.roleWords,
  ...[...roleNouns.values()].map((r) => r.noun.split(' ').at(-1)!),
]);
const attributionVerbs = new Set(data.attributionVerbs);
const attributionAdverbs = new Set(data.attributionAdverbs);
const followers = new Set(data.followers);
const maleNames = new Set(names.male);
const femaleNames = new Set(names.female);
const maleHonorifics = new Set(data.honorifics.male);
const femaleHonorifics = new Set(data.honorifics.female);
const notSurnames = new Set(data.notSurnames);
const notPersonHeads = new Set(data.notPersonHeads);
const predicativeBefore = new Set(data.predicativeBefore);
const seats = new Map(Object.entries(metonymy.seats).map(([n, code]) => [n.toLowerCase(), code]));

const lower = (w: string) => foldDiacritics(w).toLowerCase();

/** The role noun that ends this word sequence, longest first ("Russian foreign minister" → foreign minister). */
export function roleNounAtEnd(words: readonly string[]): { role: RoleNoun; length: number } | null {
  for (let n = Math.min(maxRoleWords, words.length); n >= 1; n--) {
    const role = roleNouns.get(
      words
        .slice(words.length - n)
        .map(lower)
        .join(' '),
    );
    if (role) return { role, length: n };
  }
  return null;
}

export const isGovernmentNoun = (word: string): boolean => governmentNouns.has(lower(word));
/** A noun that makes a phrase a role or description ("author", "loyalist", "analyst", "company"). */
export const isRoleWord = (word: string): boolean => roleWords.has(lower(word).replace(/['’]s$/, ''));
export const isAttributionVerb = (word: string): boolean => attributionVerbs.has(lower(word));
export const isAttributionAdverb = (word: string): boolean => attributionAdverbs.has(lower(word));
/** A lower-case word that may follow a role noun used on its own ("the spokeswoman said"). */
export const mayFollowRoleNoun = (word: string): boolean =>
  followers.has(lower(word)) || attributionVerbs.has(lower(word)) || /^\p{Ll}+(?:ed|es)$/u.test(word);

/** A name ending in a place or organisation word ("Trump Tower"), whatever the tagger typed it as. */
export const endsInNonPersonHead = (name: string): boolean =>
  notPersonHeads.has(lower(name.split(/\s+/).at(-1) ?? ''));
/** A capitalised word that is never a bare surname (days, months). */
export const isNotSurname = (word: string): boolean => notSurnames.has(lower(word));
/** A word that makes a following "the X" a predicate ("became the president"), not a reference. */
export const isPredicativeCue = (word: string): boolean => predicativeBefore.has(lower(word));

export function genderOfFirstName(word: string): Gender | null {
  const w = lower(word);
  return maleNames.has(w) ? 'male' : femaleNames.has(w) ? 'female' : null;
}

export function genderOfHonorific(word: string): Gender | null {
  const w = lower(word).replace(/\.$/, '');
  return maleHonorifics.has(w) ? 'male' : femaleHonorifics.has(w) ? 'female' : null;
}

/** The gender a stated role implies ("spokeswoman", "chairman"), if any. */
export function genderOfRole(role: string): Gender | null {
  for (const w of role.split(/[^\p{L}]+/u)) {
    const r = roleNouns.get(lower(w));
    if (r?.gender) return r.gender;
  }
  return null;
}

const countryMemo = new Map<string, string | null>();

/** The country a modifier names: "Russian", "US", "Venezuela's", "Kremlin" (a seat of government). */
export function countryOfWord(word: string): string | null {
  const known = countryMemo.get(word);
  if (known !== undefined) return known;
  if (countryMemo.size > 50_000) countryMemo.clear();
  const w = word.replace(/['’]s$/, '').replace(/[.,]+$/, '');
  const code = /^\p{Lu}/u.test(w)
    ? (countryByDemonym(w)?.code ?? countryByName(w)?.code ?? seats.get(w.toLowerCase()) ?? null)
    : null;
  countryMemo.set(word, code);
  return code;
}
