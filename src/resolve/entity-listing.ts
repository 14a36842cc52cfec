// Reading entities for the CLI, the API and exports: stored entities with the user's corrections applied
// and mention counts per document (a split-off alias takes its mentions with it).
import type { Store } from '../store/store.js';
import { applyCorrections, type Correction, loadCorrections, splitEntityId } from './corrections.js';
import { type Entity, totalMentions } from './entity.js';
import { LINKS_LAYER } from './entity-stage.js';
import { loadStoredEntities } from './entity-store.js';
import { nameKey } from './name-key.js';

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  docs: string[];
}

export async function loadEntities(
  store: Store,
): Promise<{ entities: Entity[]; redirect: Map<string, string> }> {
  const stored = await loadStoredEntities(store);
  const corrections = await loadCorrections(store);
  const result = applyCorrections(stored, corrections);
  await moveSplitMentions(store, stored, result.entities, corrections);
  return result;
}

async function moveSplitMentions(
  store: Store,
  stored: Entity[],
  entities: Entity[],
  corrections: Correction[],
): Promise<void> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const c of corrections) {
    if (c.op !== 'split') continue;
    const original = stored.find((e) => e.id === c.id);
    const from = byId.get(c.id);
    const to = byId.get(splitEntityId(c.id, c.alias));
    if (!original || !from || !to) continue;
    for (const docId of Object.keys(original.mentions)) {
      const doc = await store.getDocument(docId);
      const links = doc?.layers[LINKS_LAYER] ?? [];
      const moved = links.filter(
        (s) => s.attrs?.entityId === c.id && nameKey(doc!.text.slice(s.start, s.end)) === nameKey(c.alias),
      ).length;
      if (moved === 0) continue;
      to.mentions[docId] = (to.mentions[docId] ?? 0) + moved;
      from.mentions[docId] = Math.max(0, (from.mentions[docId] ?? 0) - moved);
      if (from.mentions[docId] === 0) delete from.mentions[docId];
    }
  }
}

export async function listEntities(store: Store, filter: { type?: string } = {}): Promise<EntityRow[]> {
  const { entities } = await loadEntities(store);
  return entities
    .filter((e) => !filter.type || e.type === filter.type.toUpperCase())
    .map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      roles: e.roles.map((r) => r.text),
      mentions: totalMentions(e),
      docs: Object.keys(e.mentions).sort(),
    }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
