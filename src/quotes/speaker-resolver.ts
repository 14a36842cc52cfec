// Who a quote's source phrase stands for, within one document: a full name as written; a surname
// → the full name used earlier ("Roe" → "Jane Roe"); a pronoun in attribution position → the
// nearest earlier speaker or person of compatible gender; a bare role ("the spokeswoman") → the
// person stated to hold it; "who" → the phrase it follows. Resolution across documents is the
// entity resolver's job; this only names the local referent.
import { genderOfFirstName, roleNounAtEnd } from '../resolve/coref-lexicon.js';
import { type EntityHint, readSource, type SourceReading } from './source-name.js';
import { findTitledMentions } from './titled-mentions.js';

export interface Speaker {
  name: string;
  type: string | null;
}

export interface Attribution {
  speaker: Speaker | null;
  role: string | null;
}

type Gender = 'male' | 'female' | null;

const RECENT_WINDOW = 400;

interface Person {
  name: string;
  type: string | null;
  gender: Gender;
  roles: string[];
  last: number;
}

const FEMALE =
  /\b(?:mrs\.?|ms\.?|miss|madam|spokeswoman|chairwoman|congresswoman|businesswoman|queen|princess|lady|she|her)\b/i;
const MALE = /\b(?:mr\.?|spokesman|chairman|congressman|businessman|king|prince|sir|lord|he|his)\b/i;

export class SpeakerResolver {
  private readonly people = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person>();
  /** People in the order they were last mentioned (with repeats); look-ups read only its tail. */
  private readonly recent: Person[] = [];
  private readonly mentions: (EntityHint & { role?: string })[];
  private next = 0;

  /** Sources must be resolved in text order: earlier mentions are what later ones refer to. */
  constructor(
    private readonly text: string,
    private readonly entities: readonly EntityHint[] = [],
  ) {
    const people = entities.filter((e) => e.label === 'PERSON' || e.label === 'PER');
    const titled = findTitledMentions(text).map((m) => ({ ...m, label: 'PERSON' }));
    // Every capitalized word, so a bare surname in the text ("Roe has …") brings its person closer.
    const words = [...text.matchAll(/\b\p{Lu}[\p{L}'’-]+/gu)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      label: 'WORD',
    }));
    this.mentions = [...titled, ...people, ...words].sort((a, b) => a.start - b.start);
  }

  resolve(source: { start: number; end: number } | null): Attribution {
    if (!source) return { speaker: null, role: null };
    while (this.next < this.mentions.length && this.mentions[this.next].end <= source.start) {
      const e = this.mentions[this.next++];
      const name = this.text.slice(e.start, e.end).replace(/['’]s$/, '');
      const known = name.includes(' ') ? undefined : this.bySurname.get(name.toLowerCase());
      if (known) this.touch(known, e.end);
      else if (e.label !== 'WORD')
        this.remember(name, 'PERSON', e.role ?? null, e.end, genderOf(e.role ?? '', name));
    }
    const raw = this.text.slice(source.start, source.end);
    const r = asRolePhrase(raw, readSource(this.text, source.start, source.end, this.entities));
    switch (r.kind) {
      case 'name':
      case 'org':
        return this.named(r, raw, source.end);
      case 'pronoun':
        return this.pronoun(r.pronoun ?? '', source.start);
      case 'role':
        return this.role(r, source.start);
      case 'relative':
        return this.relative(source.start);
      default:
        return { speaker: null, role: r.role };
    }
  }

  private named(r: SourceReading, raw: string, at: number): Attribution {
    const name = r.name ?? '';
    const known =
      r.kind === 'name' && !name.includes(' ') ? this.bySurname.get(name.toLowerCase()) : undefined;
    const person =
      known ?? this.remember(name, r.type, r.role, at, genderOf(raw, r.kind === 'name' ? name : ''));
    this.touch(person, at);
    if (r.role && !person.roles.includes(r.role)) person.roles.push(r.role);
    return { speaker: { name: person.name, type: person.type }, role: r.role ?? person.roles[0] ?? null };
  }

  private pronoun(p: string, at: number): Attribution {
    if (p === 'i' || p === 'you' || p === 'it') return { speaker: null, role: null };
    const want: Gender = p === 'he' ? 'male' : p === 'she' ? 'female' : null;
    let best: Person | null = null;
    for (const person of this.recentPeople()) {
      if (person.last > at || (best && person.last <= best.last)) continue;
      if (p === 'they' || p === 'we') {
        if (person.type === 'PERSON') continue;
      } else if (person.type !== 'PERSON' || (want && person.gender && person.gender !== want)) continue;
      best = person;
    }
    if (!best) return { speaker: null, role: null };
    if (want && !best.gender) best.gender = want;
    this.touch(best, at);
    return { speaker: { name: best.name, type: best.type }, role: best.roles[0] ?? null };
  }

  private role(r: SourceReading, at: number): Attribution {
    let best: Person | null = null;
    for (const person of this.recentPeople()) {
      if (person.last > at || !person.roles.some((x) => roleFits(r.role ?? '', x))) continue;
      if (!best || person.last > best.last) best = person;
    }
    if (!best) return { speaker: null, role: r.role };
    this.touch(best, at);
    const stated = best.roles.find((x) => roleFits(r.role ?? '', x));
    return { speaker: { name: best.name, type: best.type }, role: stated ?? r.role };
  }

  private relative(at: number): Attribution {
    const from = Math.max(0, at - 200);
    const before = this.text.slice(from, at).replace(/,\s*$/, '');
    const m = before.match(/((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)\s*$/u);
    if (!m || m.index === undefined) return { speaker: null, role: null };
    const start = from + m.index;
    return this.resolve({ start, end: start + m[1].length });
  }

  private touch(person: Person, at: number): void {
    person.last = Math.max(person.last, at);
    this.recent.push(person);
  }

  /** The most recently mentioned people, each once: antecedents are near, so the tail is enough. */
  private *recentPeople(): Generator<Person> {
    const seen = new Set<Person>();
    for (let i = this.recent.length - 1; i >= 0 && i >= this.recent.length - RECENT_WINDOW; i--) {
      const p = this.recent[i];
      if (seen.has(p)) continue;
      seen.add(p);
      yield p;
    }
  }

  private remember(
    name: string,
    type: string | null,
    role: string | null,
    at: number,
    gender: Gender,
  ): Person {
    const key = name.toLowerCase();
    let person = this.people.get(key);
    if (!person) {
      person = { name, type, gender, roles: [], last: at };
      this.people.set(key, person);
      const parts = name.split(/\s+/);
      if (type === 'PERSON' && parts.length > 1)
        this.bySurname.set(parts[parts.length - 1].toLowerCase(), person);
    }
    if (role && !person.roles.includes(role)) person.roles.push(role);
    if (!person.gender && gender) person.gender = gender;
    this.touch(person, at);
    return person;
  }
}

/** Gender from the words around a name (Mrs., spokeswoman) or, failing that, from its first name. */
function genderOf(phrase: string, name = ''): Gender {
  if (FEMALE.test(phrase)) return 'female';
  if (MALE.test(phrase)) return 'male';
  const words = name.split(/\s+/);
  return words.length > 1 ? genderOfFirstName(words[0]) : null;
}

/** "the US president" read as the country inside it is the role phrase it is (a person's role). */
function asRolePhrase(raw: string, r: SourceReading): SourceReading {
  if (r.kind !== 'org' || (r.type !== 'GPE' && r.type !== 'NORP')) return r;
  const words = raw.trim().split(/\s+/);
  if (!/^(?:the|a|an)$/i.test(words[0] ?? '')) return r;
  const head = roleNounAtEnd(words);
  if (head?.role.kind !== 'person') return r;
  return { ...r, kind: 'role', name: null, type: null, role: raw.trim(), roleHead: head.role.noun };
}

const ROLE_NOISE = new Set(['the', 'a', 'an', 'former', 'then', 'new']);

/** "the spokeswoman" fits "Foreign Ministry Spokeswoman"; "the US president" does not fit "Russian President". */
function roleFits(said: string, stated: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/u\.s\./g, 'us')
      .split(/[^\p{L}-]+/u)
      .filter(Boolean);
  const have = new Set(words(stated));
  return words(said).every((w) => ROLE_NOISE.has(w) || have.has(w));
}
