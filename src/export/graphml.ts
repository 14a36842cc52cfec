// GraphML for yEd, Cytoscape and NetworkX: typed keys for node and edge attributes.
import type { Graph } from '../graph/build-graph.js';
import { toXml } from './xml.js';

const nodeKeys = [
  ['label', 'string'],
  ['type', 'string'],
  ['country', 'string'],
  ['mentions', 'int'],
  ['start', 'string'],
  ['end', 'string'],
] as const;
const edgeKeys = [
  ['relation', 'string'],
  ['layer', 'string'],
  ['count', 'int'],
  ['weight', 'double'],
  ['start', 'string'],
  ['end', 'string'],
] as const;

export function toGraphml(graph: Graph): string {
  return toXml({
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: [
        ...nodeKeys.map(([name, type]) => ({
          '@_id': `n_${name}`,
          '@_for': 'node',
          '@_attr.name': name,
          '@_attr.type': type,
        })),
        ...edgeKeys.map(([name, type]) => ({
          '@_id': `e_${name}`,
          '@_for': 'edge',
          '@_attr.name': name,
          '@_attr.type': type,
        })),
      ],
      graph: {
        '@_id': 'dossier',
        '@_edgedefault': 'directed',
        node: graph.nodes.map((n) => ({
          '@_id': n.id,
          data: data('n', {
            label: n.label,
            type: n.type,
            country: n.country,
            mentions: n.mentions,
            start: n.start,
            end: n.end,
          }),
        })),
        edge: graph.edges.map((e) => ({
          '@_id': e.id,
          '@_source': e.source.entityId,
          '@_target': e.target.entityId,
          ...(e.layer === 'co-mention' ? { '@_directed': 'false' } : {}),
          data: data('e', {
            relation: e.type,
            layer: e.layer,
            count: e.count,
            weight: e.weight,
            start: e.from,
            end: e.to,
          }),
        })),
      },
    },
  });
}

function data(prefix: string, values: Record<string, string | number | null>) {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => ({ '@_key': `${prefix}_${k}`, '#text': v }));
}
