// Countries by every name a text may use for them — common and official names, alternative spellings,
// demonyms, ISO codes — from the world-countries package (ODbL-licensed data, see its README).
import { createRequire } from 'node:module';
import { foldDiacritics } from './name-key.js';

interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

export interface Country {
  code: string;
  name: string;
}

const require = createRequire(import.meta.url);

/** Common English forms the package does not list (short forms and "the …" forms). */
const extraNames: Record<string, string> = {
  us: 'US',
  usa: 'US',
  america: 'US',
  'united states of america': 'US',
  'the united states': 'US',
  uk: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  'the uk': 'GB',
  'soviet union': 'RU',
  ussr: 'RU',
};

function key(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();
}

let byName: Map<string, Country> | null = null;
let byDemonym: Map<string, Country> | null = null;
let byCode: Map<string, Country> | null = null;

function load(): void {
  const records = require('world-countries') as CountryRecord[];
  byName = new Map();
  byDemonym = new Map();
  byCode = new Map();
  for (const r of records) {
    const country = { code: r.cca2, name: r.name.common };
    byCode.set(r.cca2, country);
    for (const n of [r.name.common, r.name.official, r.cca3, ...r.altSpellings]) {
      if (n.length > 2 || n === r.cca2) byName.set(key(n), country);
    }
    const d = r.demonyms?.eng;
    if (d) for (const n of [d.m, d.f]) byDemonym.set(key(n), country);
  }
  for (const [n, code] of Object.entries(extraNames)) byName.set(n, byCode.get(code)!);
}

export function countryByName(name: string): Country | null {
  if (!byName) load();
  return byName!.get(key(name)) ?? null;
}

export function countryByDemonym(word: string): Country | null {
  if (!byDemonym) load();
  return byDemonym!.get(key(word)) ?? null;
}

export function countryByCode(code: string): Country | null {
  if (!byCode) load();
  return byCode!.get(code) ?? null;
}
