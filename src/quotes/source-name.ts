// Reads a source phrase as written: the name in it, the role stated with it ("Foreign Ministry
// Spokeswoman Maria Zakharova", "Jane Roe, a senior analyst at the Group,"), and what kind of
// mention it is — a name, an organisation, a pronoun, a bare role noun ("the spokeswoman"), or a
// relative pronoun standing for the phrase before it.
import gazetteer from '../nlp/data/gazetteer.json' with { type: 'json' };
import { tokenize } from '../nlp/index.js';
import { lex } from './lexicon.js';

// Places and groups from the language core's gazetteer, so "Moscow said" is not read as a person.
const KNOWN_TYPES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const lists = gazetteer.lists as Record<string, string[]>;
  for (const [list, type] of [
    ['country', 'GPE'],
    ['city', 'GPE'],
    ['gpe', 'GPE'],
    ['region', 'GPE'],
    ['norp', 'NORP'],
    ['org', 'ORG'],
  ] as const) {
    for (const name of lists[list] ?? []) m.set(name.toLowerCase(), type);
  }
  return m;
})();

export type MentionKind = 'name' | 'org' | 'pronoun' | 'role' | 'relative' | 'other';

export interface EntityHint {
  start: number;
  end: number;
  label: string;
}

export interface SourceReading {
  kind: MentionKind;
  name: string | null;
  /** The entity label when an entity layer said it, else PERSON or ORG by the words. */
  type: string | null;
  role: string | null;
  pronoun: string | null;
  /** Head noun of a bare role ("spokeswoman"), for finding who held that role. */
  roleHead: string | null;
}

const PERSON_LABELS = new Set(['PERSON', 'PER']);
const ROLE_LABELS = new Set(['TITLE', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'CARDINAL', 'ORDINAL', 'QUANTITY']);

export function readSource(
  text: string,
  start: number,
  end: number,
  entities: readonly EntityHint[] = [],
): SourceReading {
  const raw = text.slice(start, end);
  const comma = raw.indexOf(',');
  const head = (comma > 0 ? raw.slice(0, comma) : raw).trim();
  const appositive =
    comma > 0
      ? raw
          .slice(comma + 1)
          .replace(/,\s*$/, '')
          .trim()
      : '';
  const lower = head.toLowerCase();
  const empty: SourceReading = {
    kind: 'other',
    name: null,
    type: null,
    role: null,
    pronoun: null,
    roleHead: null,
  };
  if (lex.subjectPronouns.has(lower)) return { ...empty, kind: 'pronoun', pronoun: lower };
  if (lex.relativePronouns.has(lower)) return { ...empty, kind: 'relative', pronoun: lower };

  const inside = entities.filter(
    (e) => e.start >= start && e.end <= start + (comma > 0 ? comma : raw.length),
  );
  // A TITLE mention ("Foreign Minister") is the role, never the speaker; an organisation word at the
  // end of the phrase ("the Russian Foreign Ministry") outranks a nationality inside it.
  const headWords = tokenize(head).map((t) => t.text.toLowerCase());
  const endsInOrg = lex.orgWords.has(headWords[headWords.length - 1] ?? '');
  const person = inside.find((e) => PERSON_LABELS.has(e.label));
  const other = inside.filter((e) => !ROLE_LABELS.has(e.label)).at(-1);
  const ent = person ?? (endsInOrg && other?.label !== 'ORG' ? undefined : other);
  if (ent) {
    const name = text.slice(ent.start, ent.end);
    const before = PERSON_LABELS.has(ent.label) ? roleBefore(text.slice(start, ent.start)) : '';
    const role = [before, appositive].filter(Boolean).join(', ') || null;
    const kind = PERSON_LABELS.has(ent.label) ? 'name' : 'org';
    return { ...empty, kind, name: stripPossessive(name), type: ent.label, role };
  }

  const toks = tokenize(head).map((t) => t.text);
  const caps = trailingCapitalized(toks);
  if (caps.length === 0) {
    const last = toks[toks.length - 1]?.toLowerCase() ?? '';
    if (lex.roleNouns.has(last)) return { ...empty, kind: 'role', role: head, roleHead: last };
    return { ...empty, role: appositive || null };
  }
  // Leading title and organisation words are the role; the rest is the name.
  let i = 0;
  while (
    i < caps.length - 1 &&
    (lex.titles.has(caps[i].toLowerCase()) || lex.orgWords.has(caps[i].toLowerCase()))
  )
    i++;
  const nameToks = caps.slice(i);
  const allOrg = caps.every((w) => lex.titles.has(w.toLowerCase()) || lex.orgWords.has(w.toLowerCase()));
  const orgWord = caps.some((w) => lex.orgWords.has(w.toLowerCase()));
  const prefix = toks.slice(0, toks.length - caps.length).join(' ');
  if (orgWord && (allOrg || !i)) {
    const orgName = stripPossessive(joinTokens(caps)).replace(/^The\s+/, '');
    return { ...empty, kind: 'org', name: orgName, type: 'ORG', role: appositive || null };
  }
  const rolePart = [prefix.replace(/^(?:the|a|an)\s*/i, ''), joinTokens(caps.slice(0, i))]
    .filter(Boolean)
    .join(' ');
  const role = [rolePart, appositive].filter(Boolean).join(', ') || null;
  if (nameToks.length === 1 && lex.roleNouns.has(nameToks[0].toLowerCase())) {
    return { ...empty, kind: 'role', role: head, roleHead: nameToks[0].toLowerCase() };
  }
  const name = stripPossessive(joinTokens(nameToks));
  const known = KNOWN_TYPES.get(name.toLowerCase());
  if (known) return { ...empty, kind: 'org', name, type: known, role };
  return { ...empty, kind: 'name', name, type: 'PERSON', role };
}

function trailingCapitalized(toks: readonly string[]): string[] {
  let i = toks.length;
  while (
    i > 0 &&
    (/^\p{Lu}/u.test(toks[i - 1]) ||
      (i < toks.length && /^(?:of|de|van|von|al|bin|la|del|da|'s|’s|\.)$/i.test(toks[i - 1])))
  )
    i--;
  while (i < toks.length && !/^\p{Lu}/u.test(toks[i])) i++;
  return toks.slice(i);
}

function joinTokens(toks: readonly string[]): string {
  return toks
    .join(' ')
    .replace(/ (['’]s)\b/g, '$1')
    .replace(/ \./g, '.');
}

function stripPossessive(name: string): string {
  return name.replace(/['’]s$/, '').trim();
}

/** The role words right before a name ("Colombia-based analyst" in "… by Colombia-based analyst"). */
function roleBefore(phrase: string): string {
  const toks = phrase.trim().split(/\s+/).filter(Boolean);
  let i = toks.length;
  while (i > 0 && toks.length - i < 6) {
    const w = toks[i - 1].toLowerCase().replace(/[,;:]$/, '');
    if (
      /[,;:]$/.test(toks[i - 1]) ||
      lex.determiners.has(w) ||
      lex.prepositions.has(w) ||
      lex.clauseStarters.has(w)
    )
      break;
    if (lex.subjectPronouns.has(w) || lex.auxiliaries.has(w) || lex.cuePatternsHas(w)) break;
    i--;
  }
  return toks.slice(i).join(' ');
}
