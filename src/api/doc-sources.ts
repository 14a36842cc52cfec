// A document's source for grouping and filtering: its outlet when the metadata names one, else the document
// itself (title or file name, marked as having no outlet), so articles without an outlet stay apart instead of
// all falling into one "unknown" bucket. The timeline's source lanes and the network's source filter share it.
import type { DocSummary } from '../store/store.js';

export interface DocSource {
  /** `outlet:<name>` or `doc:<id>`: stable, and what the graph's `source` parameter takes. */
  key: string;
  name: string;
}

export function sourceOf(d: DocSummary): DocSource {
  if (d.outlet) return { key: `outlet:${d.outlet}`, name: d.outlet };
  const file = d.source.split(/[\\/]/).filter(Boolean).at(-1) ?? d.id;
  return { key: `doc:${d.id}`, name: `${d.title ?? file} (no outlet)` };
}

/** Every source in the corpus with how many documents it holds, largest first. */
export function listSources(docs: readonly DocSummary[]): (DocSource & { documents: number })[] {
  const counts = new Map<string, DocSource & { documents: number }>();
  for (const d of docs) {
    const s = sourceOf(d);
    const row = counts.get(s.key) ?? { ...s, documents: 0 };
    row.documents += 1;
    counts.set(s.key, row);
  }
  return [...counts.values()].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
}

/** The ids of the documents a source key stands for (empty when it names nothing in the corpus). */
export function docsOfSource(docs: readonly DocSummary[], key: string): Set<string> {
  return new Set(docs.filter((d) => sourceOf(d).key === key).map((d) => d.id));
}
