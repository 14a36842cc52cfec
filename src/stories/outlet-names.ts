// One key per news outlet, whatever short form an article uses ("the Washington Post", "RFE/RL"),
// so syndication notes, wire cues and attributions that name the same outlet meet as one origin.
import data from './data/outlets.json' with { type: 'json' };

export interface Outlet {
  name: string;
  wire: boolean;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[^\p{L}\p{N}/&]+/gu, ' ')
    .trim();

const byAlias = new Map<string, Outlet>();
for (const o of data.outlets) {
  const outlet = { name: o.name, wire: o.wire === true };
  for (const a of [o.name, ...o.aliases]) byAlias.set(fold(a), outlet);
}

/** The known outlet a name stands for, or null. */
export function knownOutlet(name: string): Outlet | null {
  return byAlias.get(fold(name)) ?? null;
}

/** Every alias, longest first, for building patterns that find outlet names in text. */
export function outletAliases(): string[] {
  return data.outlets.flatMap((o) => o.aliases).sort((a, b) => b.length - a.length);
}

/** The origin key of an outlet name: the canonical name when known, else the folded name. */
export function outletKey(name: string): string {
  return `outlet:${fold(knownOutlet(name)?.name ?? name)}`;
}

/** The display name: canonical when known, else the name as written without a leading article. */
export function outletName(name: string): string {
  return knownOutlet(name)?.name ?? name.trim();
}

/** A literal string as a regular-expression fragment. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
