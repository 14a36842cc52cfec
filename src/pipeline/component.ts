// A component is a small function over a Doc that declares which layers it requires and assigns.
// Building a pipeline checks that every requirement is assigned by an earlier component.
import type { Doc } from '../doc/index.js';

export interface Component {
  readonly name: string;
  readonly requires: readonly string[];
  readonly assigns: readonly string[];
  run(doc: Doc): Doc;
}

export type Pipeline = (doc: Doc) => Doc;

export function buildPipeline(components: readonly Component[]): Pipeline {
  const assigned = new Set<string>();
  for (const c of components) {
    for (const need of c.requires) {
      if (!assigned.has(need)) {
        throw new Error(
          `pipeline order: ${c.name} requires layer '${need}', which no earlier component assigns`,
        );
      }
    }
    for (const layer of c.assigns) assigned.add(layer);
  }
  return (doc) => components.reduce((d, c) => c.run(d), doc);
}
