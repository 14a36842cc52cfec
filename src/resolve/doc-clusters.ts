// Within one document: group the mentions that refer to one referent. Full names first; then a bare
// surname or first name joins the person who carries it; an acronym joins the organisation it abbreviates;
// country names, nationality words and acting seats of government join their country. Then the roles
// the text states for each are collected (stated-roles.ts), and role nouns, government phrases and
// attribution pronouns that point back to a cluster join it (doc-coref.ts) — as mentions, not names.

import { type Gender, genderOfFirstName, genderOfHonorific } from './coref-lexicon.js';
import { countryByCode, countryByDemonym, countryByName } from './countries.js';
import { findCoreferences, type TextRange } from './doc-coref.js';
import type { Evidence, Mention } from './entity.js';
import { governmentFor } from './metonymy.js';
import { acronymKey, acronymsOf, nameKey, strippedWords, surnameKey } from './name-key.js';
import { collectStatedRoles, type KnownEntity } from './stated-roles.js';

export interface Cluster {
  type: string;
  /** Surface forms, most informative first. */
  names: string[];
  mentions: Array<Mention & { reason: string }>;
  country?: string;
  roles: Array<{ text: string; evidence: Evidence }>;
}

const personTypes = new Set(['PERSON', 'PER']);

function clusterName(c: Cluster): string {
  return c.names[0];
}

export function clusterDocument(
  docId: string,
  text: string,
  mentions: readonly Mention[],
  roleSpans: readonly Mention[] = [],
  sentences?: readonly TextRange[],
  known?: KnownEntity,
): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const deferred: Mention[] = [];

  const add = (key: string, m: Mention, type: string, reason: string, extra?: Partial<Cluster>) => {
    let c = byKey.get(key);
    if (!c) {
      c = { type, names: [], mentions: [], roles: [], ...extra };
      byKey.set(key, c);
      clusters.push(c);
    }
    const surface = m.text.replace(/['’]s$/, '').replace(/[\s\p{Pd}.,;:]+$/u, '');
    if (!c.names.includes(surface)) c.names.push(surface);
    c.mentions.push({ ...m, reason });
    return c;
  };

  for (const m of mentions) {
    const gov = governmentFor(text, m);
    if (gov) {
      add(`country:${gov.code}`, m, 'GPE', `metonymy: "${m.text}" acting for the government of ${gov.name}`, {
        country: gov.code,
      });
      continue;
    }
    if (m.type === 'GPE' || m.type === 'LOC') {
      const country = countryByName(m.text.replace(/['’]s$/, ''));
      if (country) {
        add(`country:${country.code}`, m, 'GPE', `country name of ${country.name}`, {
          country: country.code,
        });
        continue;
      }
    }
    if (m.type === 'NORP') {
      const country = countryByDemonym(m.text);
      add(
        `norp:${nameKey(m.text)}`,
        m,
        'NORP',
        'same nationality word',
        country ? { country: country.code } : {},
      );
      continue;
    }
    const words = strippedWords(m.text);
    if (words.length === 0) continue;
    // "Absolute Resolve" after "Operation Absolute Resolve": a short form of a named event or organisation.
    const longer = clusters.find(
      (c) =>
        (c.type === 'EVENT' || c.type === 'ORG' || c.type === 'WEAPON') &&
        c.names.some((n) => n !== m.text && n.endsWith(` ${m.text}`)),
    );
    if (longer) {
      add(keyOf(byKey, longer), m, longer.type, `short form of ${clusterName(longer)}`);
      continue;
    }
    if (personTypes.has(m.type) && words.length === 1) {
      deferred.push(m);
      continue;
    }
    if (m.type === 'ORG' && acronymKey(m.text)) {
      deferred.push(m);
      continue;
    }
    add(`${m.type}:${nameKey(m.text)}`, m, m.type, 'same name after folding diacritics and titles');
  }

  for (const m of deferred) {
    if (personTypes.has(m.type)) {
      const word = surnameKey(m.text)!;
      const honorific = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, m.start - 10), m.start))?.[1];
      const gender = honorific ? genderOfHonorific(honorific) : null;
      const target = findPersonByPart(clusters, word, m.start, gender);
      if (target)
        add(keyOf(byKey, target), m, target.type, `surname or first name of ${clusterName(target)}`);
      else add(`${m.type}:${nameKey(m.text)}`, m, m.type, 'same name');
    } else {
      const acro = acronymKey(m.text)!;
      const target = clusters.find(
        (c) => c.type === 'ORG' && c.names.some((n) => acronymsOf(n).includes(acro)),
      );
      if (target) add(keyOf(byKey, target), m, 'ORG', `acronym of ${clusterName(target)}`);
      else add(`ORG:acronym:${acro}`, m, 'ORG', 'same acronym');
    }
  }

  for (const c of clusters) c.names.sort((a, b) => strippedWords(b).length - strippedWords(a).length);
  const profiles = collectStatedRoles(docId, text, clusters, roleSpans, known);
  for (const link of findCoreferences(text, clusters, profiles, sentences)) {
    const target =
      'names' in link.target ? link.target : countryCluster(byKey, clusters, link.target.country);
    const { start, end, text: surface, reason } = link;
    if (target) target.mentions.push({ start, end, text: surface, type: target.type, reason });
  }
  return clusters;
}

function keyOf(byKey: Map<string, Cluster>, c: Cluster): string {
  for (const [k, v] of byKey) if (v === c) return k;
  throw new Error('cluster without key');
}

/** The person whose full name contains this word (of the gender an honorific gives), nearest before first. */
function findPersonByPart(
  clusters: Cluster[],
  word: string,
  at: number,
  gender: Gender | null,
): Cluster | null {
  let best: Cluster | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of clusters) {
    if (!personTypes.has(c.type)) continue;
    const full = c.names.find((n) => strippedWords(n).length > 1 && nameKey(n).split(' ').includes(word));
    if (!full) continue;
    // "Mrs. Clinton" is not Bill Clinton, however near he was named: a full name of the honorific's
    // gender comes first, one of unknown gender next, one of the other gender never.
    const first = gender ? genderOfFirstName(strippedWords(full)[0]) : null;
    if (first && first !== gender) continue;
    const penalty = gender && !first ? 2e9 : 0;
    for (const m of c.mentions) {
      const d = penalty + (m.start <= at ? at - m.start : 1e9 + m.start - at);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
  }
  return best;
}

/** The document's cluster for a country (for "the Venezuelan government"), made when the country is not named. */
function countryCluster(byKey: Map<string, Cluster>, clusters: Cluster[], code: string): Cluster | null {
  const key = `country:${code}`;
  const existing = byKey.get(key);
  if (existing) return existing;
  const country = countryByCode(code);
  if (!country) return null;
  const c: Cluster = { type: 'GPE', names: [country.name], mentions: [], roles: [], country: code };
  byKey.set(key, c);
  clusters.push(c);
  return c;
}
