// The network: cytoscape over /api/graph. Relations aggregated from events (click an edge for its evidence
// sentences, a node for its entity page); without any, entities named in the same articles, labelled so.
// Relation type filters in the page; time range and source go to the server (#/network?from=…&source=…).
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson, type StageStatus } from '../api';
import { EvidenceLinks } from '../components/evidence';
import {
  type GraphFilter,
  GraphFilters,
  graphFilterOf,
  type SourceOption,
} from '../components/graph-filters';
import { Empty, Failure, Loading } from '../components/status';
import { useFetch } from '../lib/use-fetch';
import { go, href, useRoute } from '../router';

interface Graph {
  stage: StageStatus;
  nodes: { id: string; label: string; type: string | null }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    count: number;
    docIds: string[];
    evidence: { docId: string; start: number; end: number; text: string }[];
  }[];
  sources?: SourceOption[];
  filtered?: boolean;
}

async function loadGraph(filter: GraphFilter): Promise<{ relations: Graph; shown: Graph }> {
  const relations = await getJson<Graph>('/graph', { ...filter });
  if (relations.stage.available) return { relations, shown: relations };
  return { relations, shown: await getJson<Graph>('/graph', { mode: 'co-mention', ...filter }) };
}

export function Network() {
  const filter = graphFilterOf(useRoute());
  const filterKey = JSON.stringify(filter);
  const { data, error } = useFetch(() => loadGraph(filter), `graph:${filterKey}`);
  const box = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<Graph['edges'][number] | null>(null);
  const [type, setType] = useState('');
  const edges = data ? data.shown.edges.filter((e) => !type || e.type === type) : [];
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = data ? data.shown.nodes.filter((n) => !type || used.has(n.id)) : [];

  useEffect(() => {
    if (!data || !box.current || nodes.length === 0) return;
    let cy: Core | null = null;
    let live = true;
    import('cytoscape').then(({ default: cytoscape }) => {
      if (!live || !box.current) return;
      cy = cytoscape({
        container: box.current,
        elements: [
          // Start from a circle, not random positions, so the same graph always lays out the same way.
          ...nodes.map((n, i) => ({
            data: { id: n.id, label: n.label, type: n.type ?? '' },
            position: {
              x: 300 * Math.cos((2 * Math.PI * i) / nodes.length),
              y: 300 * Math.sin((2 * Math.PI * i) / nodes.length),
            },
          })),
          ...edges.map((e) => ({
            data: { id: e.id, source: e.source, target: e.target, type: e.type, weight: e.count },
          })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'font-size': 10,
              'background-color': '#3b6ea5',
              width: 14,
              height: 14,
              color: '#222',
            },
          },
          { selector: 'node[type = "PERSON"]', style: { 'background-color': '#c0612b' } },
          { selector: 'node[type = "GPE"]', style: { 'background-color': '#3b8a4a' } },
          { selector: 'node[type = "ORG"]', style: { 'background-color': '#7a4fa3' } },
          {
            selector: 'edge',
            style: { width: 'mapData(weight, 1, 10, 1, 6)', 'line-color': '#9aa7b4', opacity: 0.7 },
          },
          { selector: 'edge:selected', style: { 'line-color': '#d33' } },
        ],
        layout: { name: 'cose', animate: false, randomize: false },
      });
      cy.on('tap', 'node', (e) => go(`entity/${e.target.id()}`));
      cy.on('tap', 'edge', (e) => setPicked(data.shown.edges.find((x) => x.id === e.target.id()) ?? null));
    });
    return () => {
      live = false;
      cy?.destroy();
    };
  }, [data, type]);
  useEffect(() => setPicked(null), [filterKey]);

  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="the network" />;
  const names = new Map(data.shown.nodes.map((n) => [n.id, n.label]));
  const label = (id: string) => names.get(id) ?? id;
  if (data.shown.nodes.length === 0 && !data.shown.filtered) {
    return (
      <Empty title="Network" note={data.relations.stage.note}>
        <p class="muted">{data.shown.stage.note}</p>
      </Empty>
    );
  }
  return (
    <div class="network">
      <h1>Network</h1>
      {!data.relations.stage.available && (
        <p class="note" data-testid="network-note">
          {data.relations.stage.note} Showing instead: {data.shown.stage.note}
        </p>
      )}
      <p class="network-tools">
        <GraphFilters filter={filter} sources={data.shown.sources ?? []} />
      </p>
      <label>
        Relation type{' '}
        <select value={type} onChange={(e) => setType(e.currentTarget.value)}>
          <option value="">all ({data.shown.edges.length})</option>
          {[...new Set(data.shown.edges.map((e) => e.type))].sort().map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>{' '}
      <span class="muted" data-testid="network-count" data-edges={edges.length} data-nodes={nodes.length}>
        {edges.length} {data.shown.stage.name === 'co-mention' ? 'co-mention links' : 'relations'} among{' '}
        {nodes.length} actors{data.shown.filtered ? ' (filtered)' : ''}
        {edges.length === 0 ? ` — ${data.shown.stage.note}` : ''}
      </span>
      <div class="graph" ref={box} data-testid="graph" />
      {picked && (
        <div class="edge-evidence" data-testid="edge-evidence">
          <strong>
            {label(picked.source)} — {picked.type} — {label(picked.target)}
          </strong>{' '}
          <span class="muted">
            ({picked.count} {picked.type === 'co-mention' ? 'shared articles' : 'reports'})
          </span>
          {picked.evidence.length > 0 ? (
            <EvidenceLinks data={picked} max={10} />
          ) : (
            <ul class="evidence">
              {picked.docIds.map((d) => (
                <li key={d}>
                  <a href={href(`doc/${d}`)}>{d}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
