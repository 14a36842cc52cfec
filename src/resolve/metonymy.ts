// Government metonymy: "the Kremlin said", "Moscow's partner", "Washington wants" stand for a country's
// government; "talks in Moscow" is the city. Seats and cue words are data (data/metonymy.json).

import { type Country, countryByCode } from './countries.js';
import data from './data/metonymy.json' with { type: 'json' };

const seats = new Map(Object.entries(data.seats).map(([name, code]) => [name.toLowerCase(), code]));
const actingCues = new Set(data.actingCues);
const locativeBefore =
  /\b(?:in|at|from|to|into|near|outside|inside|around|across|toward|towards|via|through|visited|visit|visiting)\s+(?:the\s+)?$/i;

/** The government a seat-of-power mention stands for, or null when it is a place or not a seat. */
export function governmentFor(
  text: string,
  mention: { start: number; end: number; text: string },
): Country | null {
  const name = mention.text.replace(/['’]s$/, '').toLowerCase();
  const code = seats.get(name) ?? seats.get(name.replace(/^the\s+/, ''));
  if (!code) return null;
  const before = text.slice(Math.max(0, mention.start - 24), mention.start);
  if (locativeBefore.test(before)) return null;
  const after = text.slice(mention.end, mention.end + 30);
  const possessive = /^['’]s\b/.test(after) || /['’]s$/.test(mention.text);
  const next = /^(?:['’]s)?\s+(?:also\s+|has\s+|had\s+|is\s+)?(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  const acting = possessive || (next !== undefined && actingCues.has(next));
  // "The Kremlin" is never the building in news prose unless located ("at the Kremlin").
  const alwaysGovernment = /kremlin|white house|pentagon|state department|downing street/.test(name);
  return acting || alwaysGovernment ? countryByCode(code) : null;
}
