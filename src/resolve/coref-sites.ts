// Where a document may refer back to an entity without naming it in full: a definite role phrase
// ("the Russian leader", "the spokeswoman", "Venezuela's foreign minister", "the ministry"), a
// government phrase ("the Venezuelan government", "the Maduro regime"), a pronoun in attribution
// position ("he wrote", "she also said"), or a surname the tagger did not mark. Finding a site says
// nothing yet about whom it refers to (doc-coref.ts decides, or leaves it unlinked).

import {
  countryOfWord,
  type Gender,
  isAttributionAdverb,
  isAttributionVerb,
  isGovernmentNoun,
  isNotSurname,
  isPredicativeCue,
  mayFollowRoleNoun,
  type RoleNoun,
  roleNounAtEnd,
} from './coref-lexicon.js';
import { countryByName } from './countries.js';
import data from './data/coref.json' with { type: 'json' };
import { foldDiacritics } from './name-key.js';
import { insideRegion, type Region } from './quoted-regions.js';
import { wordsBefore } from './stated-roles.js';

export interface Occupied {
  start: number;
  end: number;
  type: string;
}

interface SiteBase {
  start: number;
  end: number;
  text: string;
}
export type Site =
  | (SiteBase & { kind: 'role'; role: RoleNoun; country: string | null; modifiers: string[] })
  | (SiteBase & { kind: 'government'; country: string | null; modifierName: string | null })
  | (SiteBase & { kind: 'pronoun'; gender: Gender })
  | (SiteBase & { kind: 'surname'; key: string });

const heads = new Set(
  [...Object.keys(data.personRoles), ...Object.keys(data.orgRoles), ...data.governmentNouns].map((n) =>
    n.includes(' of ') ? n.split(' ')[0] : n.split(' ').at(-1)!,
  ),
);
const headPattern = new RegExp(`\\b(?:${[...heads].join('|')})\\b`, 'giu');
const INDEFINITE = /^(?:a|an|another|one|each|every|any|some|no|his|her|their|its|our|my|your|whose)$/i;

/** Whether [start, end) overlaps an occupied span (sorted by start). */
export function overlaps(occupied: readonly Occupied[], start: number, end: number): Occupied | null {
  let lo = 0;
  let hi = occupied.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (occupied[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (occupied[i].end > start) return occupied[i];
  return null;
}

/** Reads the definite role or government phrase around a head noun, or null when it is not one. */
function rolePhrase(text: string, hs: number, he: number, occupied: readonly Occupied[]): Site | null {
  let end = he;
  const head = text.slice(hs, he);
  if (/^secretary$/i.test(head) && /^ of [Ss]tate\b/.test(text.slice(he, he + 9))) end = he + 9;
  const before = wordsBefore(text, hs, 6);
  const words = [...before.map((b) => b.w), text.slice(hs, end)];
  const government = isGovernmentNoun(head);
  const match = roleNounAtEnd(end > he ? [...before.map((b) => b.w), 'secretary of state'] : words);
  if (!match && !government) return null;
  const phraseStart = match && match.length > 1 ? before[before.length - match.length + 1].start : hs;
  if (overlaps(occupied, phraseStart, end)) return null;

  let country: string | null = null;
  let modifierName: string | null = null;
  const modifiers: string[] = [];
  let start = -1;
  for (let i = before.length - (match?.length ?? 1); i >= 0 && modifiers.length <= 3; i--) {
    const w = before[i].w;
    // only "the": "that" is as often a conjunction ("promised that as president …")
    if (/^the$/i.test(w)) {
      start = before[i].start;
      break;
    }
    if (INDEFINITE.test(w)) return null;
    const poss = /['’]s$/.test(w);
    const c = countryOfWord(w) ?? countryOfWord(w.split('-')[0]);
    if (c && country && c !== country) return null;
    if (poss) {
      // "Venezuela's foreign minister" names its country; "Maduro's vice president" is a relation, and
      // "New Jersey's governor" is not Jersey's.
      if (!c || (i > 0 && /^\p{Lu}/u.test(before[i - 1].w))) return null;
      country = c;
      start = before[i].start;
      break;
    }
    if (c) country = c;
    else if (/^\p{Lu}/u.test(w)) {
      if (!government || modifierName) return null;
      modifierName = w;
    } else if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return null;
    modifiers.push(w.toLowerCase());
  }
  if (start < 0) return null;
  const previous = wordsBefore(text, start, 1)[0]?.w;
  if (!government && previous && isPredicativeCue(previous)) return null;

  const rest = text.slice(end, end + 80);
  if (/^['’]s\b/.test(rest)) {
    // possessive: "the president's decision"
  } else if (/^\s+of\s/.test(rest)) {
    const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})/u.exec(rest);
    const c = of ? (countryByName(of[1])?.code ?? null) : null;
    if (!of || !c || (country && c !== country)) return null;
    country = c;
    end += of[0].length;
  } else if (/^,\s+\p{Lu}/u.test(rest)) {
    // "the Russian foreign minister, Sergey Lavrov": an apposition to a name, a role rather than a reference
    return null;
  } else if (!/^(?:\s*[.,;:!?)”"’—–]|\s*$)/.test(rest)) {
    const next = /^\s+([\p{L}-]+)/u.exec(rest)?.[1];
    if (!next || /^\p{Lu}/u.test(next) || !mayFollowRoleNoun(next)) return null;
  }
  // "Maria Zakharova, the spokeswoman, said": an apposition to the name just before it
  const lead = /,\s*$/.exec(text.slice(Math.max(0, start - 3), start));
  if (lead) {
    const prev = overlaps(occupied, start - 3 - 1, start - 2);
    if (prev && (prev.type === 'PERSON' || prev.type === 'ORG')) return null;
  }
  const base = { start, end, text: text.slice(start, end) };
  if (government)
    return country || modifierName ? { ...base, kind: 'government', country, modifierName } : null;
  return { ...base, kind: 'role', role: match!.role, country, modifiers };
}

function roleSites(text: string, occupied: readonly Occupied[], quotes: readonly Region[]): Site[] {
  const out: Site[] = [];
  for (const m of text.matchAll(headPattern)) {
    const at = m.index ?? 0;
    if (insideRegion(quotes, at)) continue;
    const site = rolePhrase(text, at, at + m[0].length, occupied);
    if (site) out.push(site);
  }
  return out;
}

/** "he said", "she also wrote", "he told": a pronoun that introduces or closes what someone said. */
function pronounSites(text: string, quotes: readonly Region[]): Site[] {
  const out: Site[] = [];
  for (const m of text.matchAll(/\b(?:[Hh]e|[Ss]he)\b/g)) {
    const at = m.index ?? 0;
    if (insideRegion(quotes, at)) continue;
    const next = /^\s+([\p{L}]+)(?:\s+([\p{L}]+))?/u.exec(
      text.slice(at + m[0].length, at + m[0].length + 40),
    );
    if (!next) continue;
    const verb =
      isAttributionVerb(next[1]) || (isAttributionAdverb(next[1]) && next[2] && isAttributionVerb(next[2]));
    if (!verb) continue;
    // "… said that he told …": a pronoun inside reported speech is not an attribution
    if (
      /\b(?:that|if|whether|because|when|which|who|whom|where)\s+$/i.test(
        text.slice(Math.max(0, at - 12), at),
      )
    )
      continue;
    out.push({
      start: at,
      end: at + m[0].length,
      text: m[0],
      kind: 'pronoun',
      gender: m[0].length === 2 ? 'male' : 'female',
    });
  }
  return out;
}

/** Capitalised words equal to the surname of one full-named person in the document, left untagged. */
function surnameSites(text: string, surnames: ReadonlySet<string>, occupied: readonly Occupied[]): Site[] {
  const out: Site[] = [];
  if (surnames.size === 0) return out;
  for (const m of text.matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
    const at = m.index ?? 0;
    const word = m[0].replace(/['’]s$/, '');
    const lower = word.toLowerCase();
    const key = /^[a-z]+$/.test(lower) ? lower : foldDiacritics(lower);
    if (!surnames.has(key) || isNotSurname(key) || /^\p{Lu}+$/u.test(word)) continue;
    if (overlaps(occupied, at, at + word.length)) continue;
    // Part of a longer name ("Hahn Street", "Anna Hahn") unless the word before only opens the sentence.
    const before = /(?:^|([.!?:"“”])\s*)?(\S+)\s+$/.exec(text.slice(Math.max(0, at - 40), at));
    const prev = before?.[2] ?? '';
    const opensSentence = before?.[1] !== undefined || at - 40 <= 0;
    if (/^\p{Lu}/u.test(prev) && !/[.!?:"“”]$/.test(prev) && !opensSentence) continue;
    if (/^\s+\p{Lu}/u.test(text.slice(at + m[0].length, at + m[0].length + 3))) continue;
    out.push({ start: at, end: at + word.length, text: word, kind: 'surname', key });
  }
  return out;
}

export function findSites(
  text: string,
  occupied: readonly Occupied[],
  quotes: readonly Region[],
  surnames: ReadonlySet<string>,
): Site[] {
  return [
    ...roleSites(text, occupied, quotes),
    ...pronounSites(text, quotes),
    ...surnameSites(text, surnames, occupied),
  ].sort((a, b) => a.start - b.start);
}
