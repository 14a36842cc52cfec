// Who an event participant stands for. CAMEO-style coding names states as actors, so a nationality
// ("American forces") or a seat of government ("Moscow", "the Kremlin") in an actor or target slot is
// its country, and a head of state or government doing what only a state's apparatus does (deploy,
// sanction, seize, strike, fight: "Trump ousted Maduro") acts as the state. The role words and classes
// are data (data/actors.json); the seats come from the resolver's metonymy list.
import { countryByCode, countryByDemonym, countryByName } from '../resolve/countries.js';
import metonymy from '../resolve/data/metonymy.json' with { type: 'json' };
import type { Entity } from '../resolve/entity.js';
import { entityId } from '../resolve/entity-index.js';
import actors from './data/actors.json' with { type: 'json' };
import type { Participant } from './event.js';

const seats = new Map(Object.entries(metonymy.seats).map(([name, code]) => [name.toLowerCase(), code]));
const notLeader = new Set(actors.notLeader);
const stateAction = new Set(actors.stateActionClasses);

function country(code: string, fallback: string): Participant {
  return { entityId: entityId(`country:${code}`), name: countryByCode(code)?.name ?? fallback, type: 'GPE' };
}

/** The country a head of state or government leads, from the roles the texts give them. */
export function leaderOf(e: Entity | undefined): string | null {
  if (e?.type !== 'PERSON') return null;
  for (const r of e.roles) {
    const role = (r.text ?? '').toLowerCase().replace(/[.’']/g, '');
    const words = role.split(/[\s-]+/);
    if (words.some((w) => notLeader.has(w))) continue;
    if (!actors.leaderRoles.some((l) => role === l || role.endsWith(` ${l}`))) continue;
    for (let i = 0; i < words.length; i++) {
      const c =
        countryByDemonym(words[i]) ??
        countryByName(words[i]) ??
        countryByName(words.slice(i, i + 2).join(' '));
      if (c) return c.code;
    }
  }
  return null;
}

/** The state (country code) a participant stands for, if any: itself, its nationality or its seat. */
export function stateOf(p: Participant | null, entities: ReadonlyMap<string, Entity>): string | null {
  if (!p) return null;
  const e = entities.get(p.entityId);
  if (e?.country && (p.type === 'GPE' || p.type === 'NORP')) return e.country;
  return seats.get(p.name.toLowerCase()) ?? null;
}

/** An actor or target as the state it stands for, when it stands for one (see the header). */
export function normalizeParticipant(
  p: Participant | null,
  entities: ReadonlyMap<string, Entity>,
  role: 'actor' | 'target',
  code: string,
): Participant | null {
  if (!p) return p;
  const state = p.type === 'PERSON' ? null : stateOf(p, entities);
  if (state && (p.type === 'NORP' || p.type === 'GPE')) return country(state, p.name);
  if (role === 'actor' && stateAction.has(code)) {
    const led = leaderOf(entities.get(p.entityId));
    if (led) return country(led, p.name);
  }
  return p;
}

/** One side acting on itself: the same entity, or a head of state and the state they lead. */
export function sameSide(a: Participant, b: Participant, entities: ReadonlyMap<string, Entity>): boolean {
  if (a.entityId === b.entityId) return true;
  const own = (x: Participant) => leaderOf(entities.get(x.entityId)) ?? stateOf(x, entities);
  const sa = own(a);
  const sb = own(b);
  return sa !== null && sa === sb && (a.type === 'PERSON') !== (b.type === 'PERSON');
}
