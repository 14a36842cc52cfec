// The roles and descriptions a document gives a person or organisation, with evidence: a title right
// before the name ("Russian Foreign Ministry Spokeswoman Maria Zakharova", "Venezuela's President …",
// "Colombia-based analyst …"), an apposition after it ("…, senior Russia analyst at the Crisis Group,";
// "…, an author, … and honorary professor at …"; "… — the architect of …") or before it ("the
// Russian foreign minister, Sergey Lavrov"). Each role also records the country it names, and each
// person the gender their name or roles imply; coreference reads both.

import {
  countryOfWord,
  type Gender,
  genderOfFirstName,
  genderOfHonorific,
  genderOfRole,
  isRoleWord,
  roleNounAtEnd,
} from './coref-lexicon.js';
import type { Cluster } from './doc-clusters.js';
import type { Entity, Evidence, Mention } from './entity.js';
import { strippedWords } from './name-key.js';

export interface StatedRole {
  text: string;
  start: number;
  end: number;
  /** Country codes the role names ("Russian President" → RU). */
  countries: string[];
  /** Stated in another document about the same entity (start and end are then -1). */
  elsewhere?: boolean;
}

/** The entity a cluster resolves to, if other documents already made it (its roles and full name help). */
export type KnownEntity = (c: Cluster) => Entity | null;

export interface Profile {
  roles: StatedRole[];
  gender: Gender | null;
  /** Countries the entity is tied to by its roles, its name or a nationality word before it. */
  countries: Set<string>;
}

const personTypes = new Set(['PERSON', 'PER']);
const DETERMINERS = /^(?:the|a|an|his|her|its|their)$/i;
/** Words that end a phrase read backwards from a name: a role never runs across them. */
const BOUNDARY =
  /^(?:the|a|an|his|her|its|their|and|or|but|of|in|on|at|by|with|from|to|for|as|said|says|told|wrote|when|while|that|which|who|is|was|were|are|has|had|have)$/i;
/** A part after a comma that opens with one of these is a clause or an adverbial, not an apposition. */
const CLAUSE_START =
  /^(?:who|which|whose|where|when|whom|while|said|says|told|wrote|and|but|or|had|has|was|is|were|are|would|will|could|can|may|might|with|without|by|in|on|at|from|to|for|as|after|before|including|despite|although|though|if|unless|because|since|like|than|then|also|however|meanwhile|instead|perhaps|just|only|even|not)$/i;

export function countriesOf(phrase: string): string[] {
  const found = new Set<string>();
  for (const w of phrase.split(/[\s/]+/)) {
    const c = countryOfWord(w) ?? countryOfWord(w.split(/[-–]/)[0]);
    if (c) found.add(c);
  }
  return [...found];
}

function role(start: number, raw: string): StatedRole | null {
  const lead = /^[\s,]*/.exec(raw)![0].length;
  const trimmed = raw.slice(lead).replace(/[\s,.;:]+$/, '');
  if (trimmed.length < 3 || trimmed.length > 140) return null;
  const s = start + lead;
  return { text: trimmed, start: s, end: s + trimmed.length, countries: countriesOf(trimmed) };
}

const ABBREVIATION = /^(?:(?:\p{Lu}\.)+|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof)\.?$/u;

/** Words (with offsets) of the stretch before `end`, nearest last, stopping at punctuation and sentence ends. */
export function wordsBefore(text: string, end: number, max: number): Array<{ w: string; start: number }> {
  const out: Array<{ w: string; start: number }> = [];
  let i = end;
  while (out.length < max) {
    while (i > 0 && text[i - 1] === ' ') i--;
    let j = i;
    while (j > 0 && /[\p{L}\p{N}.’'-]/u.test(text[j - 1])) j--;
    if (j === i) break;
    const w = text.slice(j, i).replace(/^[.’'-]+/, '');
    if (w.endsWith('.') && !ABBREVIATION.test(w)) break;
    out.unshift({ w, start: i - w.length });
    i = j;
  }
  return out;
}

/** "Colombia-based analyst", "Influential ideologue": lower-case role phrase right before a name. */
function titleBefore(text: string, m: Mention): StatedRole | null {
  if (!/^ +$/.test(text.slice(Math.max(0, m.start - 1), m.start))) return null;
  const words = wordsBefore(text, m.start, 6);
  if (!words.length) return null;
  const head = words.at(-1)!.w;
  if (!isRoleWord(head) && !roleNounAtEnd(words.map((x) => x.w))) return null;
  let from = words.length - 1;
  while (from > 0 && !BOUNDARY.test(words[from - 1].w) && words[from - 1].w !== '') from--;
  const start = words[from].start;
  return role(start, text.slice(start, m.start));
}

/** A role span from the tagger (label TITLE) ending right before the name, with a possessive country before it. */
function taggedTitle(text: string, m: Mention, titlesByEnd: ReadonlyMap<number, Mention>): StatedRole | null {
  let t: Mention | undefined;
  for (let gap = 0; gap <= 2 && !t; gap++) {
    const r = titlesByEnd.get(m.start - gap);
    if (r && /^[\s,]*$/.test(text.slice(r.end, m.start))) t = r;
  }
  if (!t) return null;
  const poss = /(\p{Lu}[\p{L}.]+['’]s\s+)$/u.exec(text.slice(Math.max(0, t.start - 40), t.start));
  const start = poss && countryOfWord(poss[1].trim()) ? t.start - poss[1].length : t.start;
  return role(start, text.slice(start, t.end));
}

/** ", an author, Russia analyst, and honorary professor at …," → one role per coordinated part. */
function appositionAfter(text: string, m: Mention): StatedRole[] {
  const after = text.slice(m.end, m.end + 240);
  const dash = /^\s+[—–]\s+((?:the|a|an)\s[^—–.;"“”]{3,150})/.exec(after);
  if (dash) {
    const r = role(m.end + dash[0].length - dash[1].length, dash[1]);
    return r?.text.split(/\s+/).some(isRoleWord) ? [r] : [];
  }
  const comma = /^,\s+([^.;:"“”()—–?!]{3,220})/.exec(after.replace(/(\p{L})\.(\p{L})/gu, '$1_$2'));
  if (!comma) return [];
  const base = m.end + comma[0].length - comma[1].length;
  const parts: Array<{ raw: string; start: number }> = [];
  let offset = 0;
  for (const raw of comma[1].split(',')) {
    parts.push({ raw, start: base + offset });
    offset += raw.length + 1;
  }
  const roleLike = (raw: string) => {
    const words = raw
      .trim()
      .replace(/^and\s+/, '')
      .split(/\s+/);
    if (!words[0] || CLAUSE_START.test(words[0]) || words.length > 16) return false;
    if (DETERMINERS.test(words[0])) return words.slice(0, 8).some(isRoleWord);
    // Without a determiner: "senior Russia analyst at …", "Russia analyst" (not "Putin and Xi").
    return words.slice(0, 6).some(isRoleWord) && (/^\p{Ll}/u.test(words[0]) || words.length <= 8);
  };
  if (!roleLike(parts[0].raw)) return [];
  // A closing "and …" part makes the parts before it one coordinated list of roles.
  const lastAnd = parts.findIndex((p, i) => i > 0 && /^\s*and\s/.test(p.raw) && roleLike(p.raw));
  const end =
    lastAnd > 0 && parts.slice(0, lastAnd).every((p) => p.raw.trim().split(/\s+/).length <= 6) ? lastAnd : -1;
  const out: StatedRole[] = [];
  for (let i = 0; i <= Math.max(end, 0); i++) {
    const raw = parts[i].raw.replace(/^(\s*)and\s+/, '$1    ').replace(/_/g, '.');
    const r = role(parts[i].start, raw);
    if (r) out.push({ ...r, text: text.slice(r.start, r.end) });
  }
  return out;
}

/** "the Russian foreign minister, Sergey Lavrov," → the phrase before the comma, when the name closes it. */
function appositionBefore(text: string, m: Mention): StatedRole | null {
  if (!/^, $/.test(text.slice(m.start - 2, m.start))) return null;
  if (!/^(?:['’]s)?(?:[,.;:)—–]|\s+[—–(]|$)/.test(text.slice(m.end, m.end + 3))) return null;
  const words = wordsBefore(text, m.start - 2, 7);
  if (!words.length || !isRoleWord(words.at(-1)!.w)) return null;
  let from = words.length - 1;
  while (from > 0 && !BOUNDARY.test(words[from - 1].w)) from--;
  const start = words[from].start;
  return role(start, text.slice(start, m.start - 2));
}

function genderOf(text: string, c: Cluster, roles: readonly StatedRole[]): Gender | null {
  const name = c.names.find((n) => strippedWords(n).length > 1);
  const first = name ? genderOfFirstName(strippedWords(name)[0]) : null;
  if (first) return first;
  for (const m of c.mentions) {
    const before = /([\p{L}.]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1];
    const g = (before && genderOfHonorific(before)) || genderOfHonorific(m.text.split(/\s+/)[0]);
    if (g) return g;
  }
  for (const r of roles) {
    const g = genderOfRole(r.text);
    if (g) return g;
  }
  return null;
}

/** "Obama" alone says nothing of gender; the full name other articles gave the entity may. */
function genderOfKnownName(e: Entity | null): Gender | null {
  const name = e && [e.name, ...e.aliases].find((n) => strippedWords(n).length > 1);
  return name ? genderOfFirstName(strippedWords(name)[0]) : null;
}

/** Collects each cluster's stated roles (into cluster.roles, with evidence) and returns their profiles. */
export function collectStatedRoles(
  docId: string,
  text: string,
  clusters: readonly Cluster[],
  titles: readonly Mention[],
  known?: KnownEntity,
): Map<Cluster, Profile> {
  const profiles = new Map<Cluster, Profile>();
  const titlesByEnd = new Map<number, Mention>();
  for (const t of titles) if ((titlesByEnd.get(t.end)?.start ?? t.end) > t.start) titlesByEnd.set(t.end, t);
  for (const c of clusters) {
    const person = personTypes.has(c.type);
    const roles: StatedRole[] = [];
    const countries = new Set<string>();
    for (const m of c.mentions) {
      if (person && m.reason.startsWith('coref')) continue;
      const found = person
        ? [
            taggedTitle(text, m, titlesByEnd) ?? titleBefore(text, m),
            appositionBefore(text, m),
            ...appositionAfter(text, m),
          ]
        : c.type === 'ORG'
          ? [appositionBefore(text, m), ...appositionAfter(text, m)]
          : [];
      for (const r of found)
        if (r && !roles.some((x) => x.text.toLowerCase() === r.text.toLowerCase())) roles.push(r);
      if (c.type === 'ORG') {
        const before = /(\p{Lu}[\p{L}.]*(?:['’]s)?)\s+$/u.exec(
          text.slice(Math.max(0, m.start - 30), m.start),
        );
        const tie = before ? countryOfWord(before[1]) : null;
        if (tie) countries.add(tie);
      }
    }
    for (const n of c.names) for (const code of countriesOf(n)) countries.add(code);
    for (const r of roles) for (const code of r.countries) countries.add(code);
    if (c.country) countries.add(c.country);
    for (const r of roles) {
      if (c.roles.some((x) => x.text === r.text)) continue;
      const evidence: Evidence = { docId, start: r.start, end: r.end, text: r.text };
      c.roles.push({ text: r.text, evidence });
    }
    // Roles from other documents help a role noun find its person, but are not this document's evidence.
    const entity = known?.(c) ?? null;
    const elsewhere = (entity?.roles ?? [])
      .filter((r) => !roles.some((x) => x.text.toLowerCase() === r.text.toLowerCase()))
      .map((r) => ({ text: r.text, start: -1, end: -1, countries: countriesOf(r.text), elsewhere: true }));
    const all = [...roles, ...elsewhere];
    const gender = person ? (genderOf(text, c, all) ?? genderOfKnownName(entity)) : null;
    profiles.set(c, { roles: all, gender, countries });
  }
  return profiles;
}
