// The graph in each format `dossier graph --format` offers.
import { stringify } from 'csv-stringify/sync';
import type { Graph } from '../graph/build-graph.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';

export const graphFormats = {
  json: (g: Graph) => `${JSON.stringify(g, null, 2)}\n`,
  gexf: toGexf,
  graphml: toGraphml,
  csv: (g: Graph) =>
    stringify(
      g.edges.map((e) => ({
        source: e.source.name,
        sourceId: e.source.entityId,
        target: e.target.name,
        targetId: e.target.entityId,
        relation: e.type,
        layer: e.layer,
        count: e.count,
        weight: e.weight,
        from: e.from ?? '',
        to: e.to ?? '',
      })),
      {
        header: true,
        columns: [
          'source',
          'sourceId',
          'target',
          'targetId',
          'relation',
          'layer',
          'count',
          'weight',
          'from',
          'to',
        ],
      },
    ),
} satisfies Record<string, (g: Graph) => string>;

export type GraphFormat = keyof typeof graphFormats | 'ftm';
