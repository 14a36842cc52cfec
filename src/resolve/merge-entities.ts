// Combining two writers' views of one entity (the store calls this under a row lock), so workers that
// resolve different documents at once add up instead of the last one overwriting the other.
import type { CorpusItem } from '../store/store.js';
import type { Entity } from './entity.js';
import { strippedWords } from './name-key.js';

export function mergeEntityItems(stored: CorpusItem, incoming: CorpusItem): CorpusItem {
  const a = stored.data as Entity;
  const b = incoming.data as Entity;
  const longer = a.type === 'PERSON' && strippedWords(b.name).length > strippedWords(a.name).length;
  const name = longer ? b.name : a.name;
  const names = new Set([...a.aliases, ...b.aliases, a.name, b.name]);
  names.delete(name);
  const mentions = { ...a.mentions };
  // Each document is resolved by one writer, so its count is whichever view has it (the larger).
  for (const [doc, n] of Object.entries(b.mentions)) mentions[doc] = Math.max(mentions[doc] ?? 0, n);
  const merged: Entity = {
    ...a,
    name,
    aliases: [...names],
    roles: [...a.roles, ...b.roles.filter((r) => !a.roles.some((x) => x.text === r.text))],
    merges: [...a.merges, ...b.merges.filter((m) => !a.merges.some((x) => x.alias === m.alias))],
    mentions,
  };
  return { ...incoming, data: merged };
}
