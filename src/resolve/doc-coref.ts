// Within-document coreference: after the names in a document are grouped (doc-clusters.ts), the
// phrases that point back to them without naming them in full are linked to them, each with its
// reason, so mention counts, events and claims see them too. Precision first: a site is linked only
// when exactly one earlier entity fits it — a role noun needs a person stated to hold that role
// (and, if the phrase names a country, a role tied to that country); a pronoun in attribution
// position needs a person of compatible gender (pronoun-antecedent.ts).
import { endsInNonPersonHead, type RoleNoun, roleNounAtEnd } from './coref-lexicon.js';
import { findSites, type Occupied, type Site } from './coref-sites.js';
import { countryByCode } from './countries.js';
import type { Cluster } from './doc-clusters.js';
import { foldDiacritics, strippedWords } from './name-key.js';
import {
  type Anchor,
  isPerson,
  pronounAntecedent,
  sentenceRanges,
  type TextRange,
} from './pronoun-antecedent.js';
import { insideRegion, quotedRegions, type Region } from './quoted-regions.js';
import type { Profile, StatedRole } from './stated-roles.js';

export interface CorefLink {
  start: number;
  end: number;
  text: string;
  /** The cluster referred to, or the country whose government the phrase names. */
  target: Cluster | { country: string };
  reason: string;
}

export type { TextRange };

/** How far back (characters) an antecedent's latest mention may be. */
const ROLE_WINDOW = 2500;
const personTypes = new Set(['PERSON', 'PER']);
const leader = roleNounAtEnd(['leader'])!.role;
const QUALIFIERS = new Set(['vice', 'deputy', 'former', 'ex', 'acting', 'interim', 'assistant']);
const PREPOSITIONS = new Set([
  'of',
  'at',
  'for',
  'in',
  'with',
  'from',
  'to',
  'on',
  'as',
  'by',
  'about',
  'under',
]);

const lowerWords = (s: string) =>
  foldDiacritics(s)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** Whether a stated role fits a role noun: "Russian Foreign Ministry Spokeswoman" fits "the spokeswoman". */
function fits(role: RoleNoun, stated: string, modifiers: readonly string[]): boolean {
  const words = lowerWords(stated);
  for (const f of role.fits) {
    const fw = f.split(' ');
    for (let i = 0; i + fw.length <= words.length; i++) {
      if (!fw.every((w, k) => words[i + k] === w)) continue;
      // only the role itself, not a phrase after a preposition ("… bidding to become the first president")
      if (words.slice(0, i).some((w) => PREPOSITIONS.has(w))) break;
      // "the president" is not the vice president, nor (unless it says so) the former one
      const qualifier = words.slice(0, i).find((w) => QUALIFIERS.has(w));
      if (qualifier && !modifiers.includes(qualifier)) continue;
      return true;
    }
  }
  return false;
}

const nameOf = (c: Cluster) => c.names[0];

export function findCoreferences(
  text: string,
  clusters: readonly Cluster[],
  profiles: ReadonlyMap<Cluster, Profile>,
  sentenceSpans?: readonly TextRange[],
): CorefLink[] {
  const anchors: Anchor[] = clusters
    .flatMap((c) => c.mentions.map((m) => ({ start: m.start, end: m.end, cluster: c })))
    .sort((a, b) => a.start - b.start);
  const occupied: Occupied[] = anchors.map((a) => ({ start: a.start, end: a.end, type: a.cluster.type }));
  const quotes = quotedRegions(text);
  const surnames = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (!personTypes.has(c.type)) continue;
    const full = c.names.find((n) => strippedWords(n).length > 1);
    if (!full || endsInNonPersonHead(full)) continue;
    const key = strippedWords(full).at(-1)!;
    surnames.set(key, surnames.has(key) && surnames.get(key) !== c ? null : c);
  }
  const sites = findSites(
    text,
    occupied,
    quotes,
    new Set([...surnames].filter(([, c]) => c).map(([k]) => k)),
  );
  let sentences = sentenceSpans?.length ? sentenceSpans : null;
  // A role phrase inside a stated role ("…, the favourite to become the next president,") is description.
  const described: Region[] = [...profiles.values()]
    .flatMap((p) => p.roles.filter((r) => !r.elsewhere).map((r): Region => [r.start, r.end]))
    .sort((a, b) => a[0] - b[0])
    .reduce<Region[]>((out, r) => {
      const last = out.at(-1);
      if (last && r[0] < last[1]) out[out.length - 1] = [last[0], Math.max(last[1], r[1])];
      else out.push(r);
      return out;
    }, []);

  const seen: Anchor[] = [];
  const lastSeen = new Map<Cluster, number>();
  const links: CorefLink[] = [];
  let next = 0;
  for (const site of sites) {
    while (next < anchors.length && anchors[next].end <= site.start) {
      seen.push(anchors[next]);
      lastSeen.set(anchors[next].cluster, anchors[next].start);
      next++;
    }
    let link: CorefLink | null = null;
    if (site.kind === 'role')
      link = insideRegion(described, site.start) ? null : linkRole(site, lastSeen, profiles);
    else if (site.kind === 'government') link = linkGovernment(site, lastSeen, profiles);
    else if (site.kind === 'surname') {
      const c = surnames.get(site.key);
      if (c)
        link = { ...span(site), target: c, reason: `coref: surname of ${nameOf(c)}, not tagged as a name` };
    } else {
      sentences ??= sentenceRanges(text);
      const found = pronounAntecedent(text, site, seen, profiles, quotes, sentences);
      if (found)
        link = {
          ...span(site),
          target: found.cluster,
          reason: `coref: "${site.text}" in attribution position → ${found.why}, ${nameOf(found.cluster)}`,
        };
    }
    if (!link) continue;
    links.push(link);
    if ('names' in link.target) {
      const anchor = { start: site.start, end: site.end, cluster: link.target };
      seen.push(anchor);
      lastSeen.set(link.target, site.start);
    }
  }
  return links;
}

const span = (s: Site) => ({ start: s.start, end: s.end, text: s.text });

function linkRole(
  site: Extract<Site, { kind: 'role' }>,
  lastSeen: ReadonlyMap<Cluster, number>,
  profiles: ReadonlyMap<Cluster, Profile>,
): CorefLink | null {
  const found: Array<{ c: Cluster; role: StatedRole | null }> = [];
  for (const [c, last] of lastSeen) {
    if (site.start - last > ROLE_WINDOW) continue;
    const p = profiles.get(c);
    if (!p) continue;
    if (site.role.kind === 'person') {
      if (!isPerson(c)) continue;
      if (site.role.gender && p.gender && p.gender !== site.role.gender) continue;
      const role = p.roles.find(
        (r) =>
          r.start < site.start &&
          fits(site.role, r.text, site.modifiers) &&
          (!site.country || r.countries.includes(site.country)) &&
          (!r.elsewhere || agreesBeyondHead(site, r)),
      );
      if (role) found.push({ c, role });
    } else {
      if (c.type !== 'ORG') continue;
      const described = [...c.names, ...p.roles.filter((r) => r.start < site.start).map((r) => r.text)];
      if (!described.some((d) => fits(site.role, d, site.modifiers))) continue;
      if (site.country && !p.countries.has(site.country)) continue;
      found.push({ c, role: null });
    }
  }
  if (found.length !== 1) return null;
  const { c, role } = found[0];
  const why = role
    ? `stated ${role.elsewhere ? 'in another article' : 'earlier'} as "${role.text}"`
    : `named "${nameOf(c)}"`;
  const tie = site.country ? `, tied to ${countryByCode(site.country)?.name ?? site.country}` : '';
  return {
    ...span(site),
    target: c,
    reason: `coref: role noun "${site.text}" → the only entity in reach ${why}${tie}`,
  };
}

/**
 * A role stated in another article decides a role noun only when the phrase says more than its head
 * and that agrees ("the Russian leader" and "Russian President"; "the former secretary of state"): a
 * bare "the president" in one article need not be the president of another.
 */
function agreesBeyondHead(site: Extract<Site, { kind: 'role' }>, r: StatedRole): boolean {
  if (site.country) return r.countries.includes(site.country);
  const words = new Set(lowerWords(r.text));
  return site.modifiers.some((m) => words.has(m));
}

/** The country a leader leads, from a stated leader role that names it ("Russian President"). */
function leaderCountry(p: Profile | undefined): string | null {
  const r = p?.roles.find((x) => x.countries.length === 1 && fits(leader, x.text, []));
  return r ? r.countries[0] : null;
}

function linkGovernment(
  site: Extract<Site, { kind: 'government' }>,
  lastSeen: ReadonlyMap<Cluster, number>,
  profiles: ReadonlyMap<Cluster, Profile>,
): CorefLink | null {
  let country = site.country;
  let via = '';
  if (!country && site.modifierName) {
    const key = foldDiacritics(site.modifierName).toLowerCase();
    const people = [...lastSeen.keys()].filter(
      (c) => personTypes.has(c.type) && c.names.some((n) => strippedWords(n).at(-1) === key),
    );
    country = people.length === 1 ? leaderCountry(profiles.get(people[0])) : null;
    if (people.length === 1) via = ` (led by ${nameOf(people[0])})`;
  }
  if (!country) return null;
  const name = countryByCode(country)?.name ?? country;
  return {
    ...span(site),
    target: { country },
    reason: `coref: "${site.text}" is the government of ${name}${via}`,
  };
}
