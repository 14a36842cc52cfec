// Every export format as named files, for `dossier export` and the API.
import { buildGraph } from '../graph/build-graph.js';
import type { Store } from '../store/store.js';
import { toFtm } from './ftm.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { loadSnapshot, type Snapshot } from './snapshot.js';
import { cameoTable, csvTables } from './tables.js';
import { toWebAnnotations } from './web-annotation.js';

export const exportFormats = ['all', 'json', 'csv', 'ftm', 'annotations', 'events'] as const;
export type ExportFormat = (typeof exportFormats)[number];

function dossierJson(snap: Snapshot): string {
  const documents = snap.documents.map(({ layers, ...doc }) => doc);
  const { entities, mentions, events, relations, quotes } = snap;
  return `${JSON.stringify({ documents, entities, mentions, events, relations, quotes }, null, 2)}\n`;
}

export async function exportFiles(store: Store, format: ExportFormat): Promise<Record<string, string>> {
  const snap = await loadSnapshot(store);
  const single: Record<Exclude<ExportFormat, 'all' | 'csv'>, () => Record<string, string>> = {
    json: () => ({ 'dossier.json': dossierJson(snap) }),
    ftm: () => ({
      'ftm.jsonl': `${toFtm(snap)
        .map((e) => JSON.stringify(e))
        .join('\n')}\n`,
    }),
    annotations: () => ({ 'annotations.jsonld': `${JSON.stringify(toWebAnnotations(snap), null, 2)}\n` }),
    events: () => ({ 'events-cameo.csv': cameoTable(snap) }),
  };
  if (format === 'csv') return csvTables(snap);
  if (format !== 'all') return single[format]();
  const graph = await buildGraph(store);
  return {
    ...single.json(),
    ...csvTables(snap),
    ...single.ftm(),
    ...single.annotations(),
    ...single.events(),
    'graph.gexf': toGexf(graph),
    'graph.graphml': toGraphml(graph),
  };
}
