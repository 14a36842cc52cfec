export { countryByCode, countryByDemonym, countryByName } from './countries.js';
export type { Cluster } from './doc-clusters.js';
export { clusterDocument } from './doc-clusters.js';
export type { Entity, Evidence, Mention, Merge, ResolvedMention, Role } from './entity.js';
export { totalMentions } from './entity.js';
export { EntityIndex, entityId } from './entity-index.js';
export { governmentFor } from './metonymy.js';
export { acronymKey, acronymsOf, foldDiacritics, nameKey, strippedWords, surnameKey } from './name-key.js';
