// The corpus-level entity stage: loads the canonical entities once, then resolves each new document's
// mentions against them, producing the document's 'entity-links' layer and the entities it touched.
// Only that document and those entities are written, so document N+1 never recomputes 1..N.
import type { Doc, Span } from '../doc/index.js';
import type { CorpusWrite, Store } from '../store/store.js';
import { type Cluster, clusterDocument } from './doc-clusters.js';
import type { Entity, Mention } from './entity.js';
import { EntityIndex } from './entity-index.js';
import { ENTITY_KIND, entityWrites, loadEntityHeaders } from './entity-store.js';

export { ENTITY_KIND };
export const LINKS_LAYER = 'entity-links';

const resolvable = new Set(['PERSON', 'PER', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'WEAPON']);
const roleLabels = new Set(['TITLE', 'ROLE']);

export interface EntityPlan {
  layer: Span[];
  writes: CorpusWrite[];
  /** The entities this document mentions, by id, as they stand after resolving it. */
  entities: Map<string, Entity>;
}

export class EntityStage {
  private constructor(private readonly index: EntityIndex) {}

  static async load(store: Store): Promise<EntityStage> {
    return new EntityStage(new EntityIndex(await loadEntityHeaders(store)));
  }

  /** Resolves one document; the caller writes the layer and entities with the document, in one transaction. */
  resolve(docId: string, doc: Doc): EntityPlan {
    const spans = doc.layers.entities ?? [];
    const mentions: Mention[] = [];
    const roles: Mention[] = [];
    for (const s of spans) {
      const m = {
        start: s.start,
        end: s.end,
        text: doc.text.slice(s.start, s.end),
        type: s.label === 'PER' ? 'PERSON' : s.label,
      };
      if (resolvable.has(s.label)) mentions.push(m);
      else if (roleLabels.has(s.label)) roles.push(m);
    }
    const sentences = doc.layers.sentences ?? [];
    const known = (c: Cluster) => this.index.match(c);
    const clusters = clusterDocument(docId, doc.text, mentions, roles, sentences, known);
    const resolved = this.index.resolve(docId, clusters);
    const touched = new Set(resolved.map((r) => r.entityId));
    const layer: Span[] = resolved
      .map((r) => ({
        start: r.start,
        end: r.end,
        label: r.type,
        prov: { component: 'entity-resolver', rule: r.reason },
        attrs: { entityId: r.entityId },
      }))
      .sort((a, b) => a.start - b.start);
    const entities = new Map([...touched].map((id) => [id, this.index.get(id)!]));
    // Only this document's link and counts are added; concurrent writers' views of an entity are merged.
    const writes = entityWrites(docId, entities, this.index.takeChanged());
    // The stage needs no counts past this document's writes: it would otherwise hold one per
    // entity per document of the run.
    for (const e of entities.values()) delete e.mentions[docId];
    return { layer, writes, entities };
  }
}
