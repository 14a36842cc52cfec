// `dossier export`: every export at once into one folder, for handing a dossier to other tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../graph/build-graph.js';
import type { Store } from '../store/store.js';
import { toFtm } from './ftm.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { loadSnapshot } from './snapshot.js';
import { cameoTable, csvTables } from './tables.js';
import { toWebAnnotations } from './web-annotation.js';

export async function writeExport(store: Store, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const snap = await loadSnapshot(store);
  const graph = await buildGraph(store);
  const files: Record<string, string> = {
    'dossier.json': JSON.stringify(
      {
        documents: snap.documents.map(({ text, removed, layers, ...meta }) => ({ ...meta, text, removed })),
        entities: snap.entities,
        mentions: snap.mentions,
        events: snap.events,
        relations: snap.relations,
        quotes: snap.quotes,
      },
      null,
      2,
    ),
    ...csvTables(snap),
    'events-cameo.csv': cameoTable(snap),
    'graph.gexf': toGexf(graph),
    'graph.graphml': toGraphml(graph),
    'ftm.jsonl': `${toFtm(snap)
      .map((e) => JSON.stringify(e))
      .join('\n')}\n`,
    'annotations.jsonld': JSON.stringify(toWebAnnotations(snap), null, 2),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return Object.keys(files).map((f) => join(dir, f));
}
