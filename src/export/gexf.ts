// GEXF 1.3 for Gephi: a dynamic graph whose nodes and edges carry spells, so Gephi's timeline can
// play the network as it grows.
import type { Graph } from '../graph/build-graph.js';
import { isoDay, toXml } from './xml.js';

export function toGexf(graph: Graph): string {
  const spell = (start: string | null, end: string | null) => {
    const s = isoDay(start);
    const e = isoDay(end) ?? s;
    return s ? { spells: { spell: { '@_start': s, '@_end': e } } } : {};
  };
  return toXml({
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_version': '1.3',
      meta: { creator: 'Dossier', description: 'Actors and relations extracted from news articles' },
      graph: {
        '@_mode': 'dynamic',
        '@_defaultedgetype': 'directed',
        '@_timeformat': 'date',
        attributes: [
          {
            '@_class': 'node',
            attribute: [attr('type', 'string'), attr('country', 'string'), attr('mentions', 'integer')],
          },
          {
            '@_class': 'edge',
            attribute: [
              attr('relation', 'string'),
              attr('layer', 'string'),
              attr('count', 'integer'),
              attr('goldstein', 'double'),
            ],
          },
        ],
        nodes: {
          node: graph.nodes.map((n) => ({
            '@_id': n.id,
            '@_label': n.label,
            attvalues: {
              attvalue: [val('type', n.type), val('country', n.country ?? ''), val('mentions', n.mentions)],
            },
            ...spell(n.start, n.end),
          })),
        },
        edges: {
          edge: graph.edges.map((e) => ({
            '@_id': e.id,
            '@_source': e.source.entityId,
            '@_target': e.target.entityId,
            '@_label': e.type,
            '@_weight': Math.max(1, e.count),
            ...(e.layer === 'co-mention' ? { '@_type': 'undirected' } : {}),
            attvalues: {
              attvalue: [
                val('relation', e.type),
                val('layer', e.layer),
                val('count', e.count),
                val('goldstein', e.weight),
              ],
            },
            ...spell(e.from, e.to),
          })),
        },
      },
    },
  });
}

function attr(id: string, type: string) {
  return { '@_id': id, '@_title': id, '@_type': type };
}

function val(name: string, value: string | number) {
  return { '@_for': name, '@_value': value };
}
