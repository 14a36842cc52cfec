// A user's corrections to entity resolution — merge, split off an alias, rename — stored apart from
// the resolver's output and applied when entities are read, so they survive any re-analysis (entity
// ids are derived from names, so a re-run produces the same ids the corrections refer to).
import { createHash } from 'node:crypto';
import { DossierError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { Entity } from './entity.js';
import { entityId } from './entity-index.js';
import { nameKey } from './name-key.js';

export const CORRECTION_KIND = 'entity-correction';

export type Correction =
  | { op: 'merge'; from: string; into: string; at: string }
  | { op: 'split'; id: string; alias: string; at: string }
  | { op: 'rename'; id: string; name: string; at: string };

export async function recordCorrection(store: Store, correction: Correction): Promise<void> {
  const id = createHash('sha1').update(JSON.stringify(correction)).digest('hex').slice(0, 16);
  await store.putCorpusItems(CORRECTION_KIND, [{ id, data: correction }]);
}

export async function loadCorrections(store: Store): Promise<Correction[]> {
  const items = await store.listCorpusItems<Correction>(CORRECTION_KIND);
  return items.map((i) => i.data).sort((a, b) => a.at.localeCompare(b.at));
}

export function splitEntityId(id: string, alias: string): string {
  return entityId(`split:${id}:${nameKey(alias)}`);
}

/** Applies corrections in the order they were made; returns the corrected entities and an id redirect map. */
export function applyCorrections(
  entities: Entity[],
  corrections: Correction[],
): { entities: Entity[]; redirect: Map<string, string> } {
  const byId = new Map(entities.map((e) => [e.id, structuredClone(e)]));
  const redirect = new Map<string, string>();
  const follow = (id: string) => {
    let cur = id;
    for (let i = 0; redirect.has(cur) && i < 100; i++) cur = redirect.get(cur)!;
    return cur;
  };
  for (const c of corrections) {
    if (c.op === 'merge') {
      const from = byId.get(follow(c.from));
      const into = byId.get(follow(c.into));
      if (!from || !into || from === into) continue;
      for (const name of [from.name, ...from.aliases])
        if (name !== into.name && !into.aliases.includes(name)) into.aliases.push(name);
      into.merges.push({ alias: from.name, reason: `merged by a user correction (${c.at})` });
      for (const r of from.roles) if (!into.roles.some((x) => x.text === r.text)) into.roles.push(r);
      for (const [doc, n] of Object.entries(from.mentions))
        into.mentions[doc] = (into.mentions[doc] ?? 0) + n;
      byId.delete(from.id);
      redirect.set(from.id, into.id);
    } else if (c.op === 'rename') {
      const e = byId.get(follow(c.id));
      if (!e) continue;
      if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
      e.name = c.name;
      e.aliases = e.aliases.filter((a) => a !== c.name);
    } else {
      const e = byId.get(follow(c.id));
      if (!e?.aliases.includes(c.alias)) continue;
      e.aliases = e.aliases.filter((a) => a !== c.alias);
      const id = splitEntityId(e.id, c.alias);
      byId.set(id, {
        id,
        name: c.alias,
        type: e.type,
        aliases: [],
        roles: [],
        mentions: {},
        merges: [{ alias: c.alias, reason: `split from ${e.name} by a user correction (${c.at})` }],
      });
    }
  }
  return { entities: [...byId.values()], redirect };
}

export function requireEntity(entities: Entity[], ref: string): Entity {
  // An exact id wins even when it is also the prefix of longer ids ("e-27" and "e-271").
  const exact = entities.find((e) => e.id === ref);
  if (exact) return exact;
  const hits = entities.filter(
    (e) => e.id === ref || e.id.startsWith(ref) || e.name.toLowerCase() === ref.toLowerCase(),
  );
  if (hits.length === 1) return hits[0];
  if (hits.length === 0)
    throw new DossierError('NOT_FOUND', `no entity matches "${ref}"; list them with \`dossier entities\``);
  throw new DossierError(
    'BAD_REQUEST',
    `"${ref}" matches ${hits.length} entities (${hits
      .slice(0, 5)
      .map((e) => e.id)
      .join(', ')}…); use a longer id`,
  );
}
