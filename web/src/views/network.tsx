// The network: cytoscape over /api/graph. Relations when that stage has written any (click an edge for the
// articles behind it); until then, entities named in the same articles, labelled as such.
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson, type StageStatus } from '../api';
import { Empty, Failure, Loading } from '../components/status';
import { useFetch } from '../lib/use-fetch';
import { go, href } from '../router';

interface Graph {
  stage: StageStatus;
  nodes: { id: string; label: string; type: string | null }[];
  edges: { id: string; source: string; target: string; type: string; docIds: string[] }[];
}

async function loadGraph(): Promise<{ relations: Graph; shown: Graph }> {
  const relations = await getJson<Graph>('/graph');
  if (relations.stage.available) return { relations, shown: relations };
  return { relations, shown: await getJson<Graph>('/graph', { mode: 'co-mention' }) };
}

export function Network() {
  const { data, error } = useFetch(loadGraph, 'graph');
  const box = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<Graph['edges'][number] | null>(null);

  useEffect(() => {
    if (!data || !box.current || data.shown.nodes.length === 0) return;
    let cy: Core | null = null;
    let live = true;
    import('cytoscape').then(({ default: cytoscape }) => {
      if (!live || !box.current) return;
      cy = cytoscape({
        container: box.current,
        elements: [
          ...data.shown.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type ?? '' } })),
          ...data.shown.edges.map((e) => ({ data: { ...e, weight: e.docIds.length } })),
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
          {
            selector: 'edge',
            style: { width: 'mapData(weight, 1, 10, 1, 6)', 'line-color': '#9aa7b4', opacity: 0.7 },
          },
          { selector: 'edge:selected', style: { 'line-color': '#d33' } },
        ],
        layout: { name: 'cose', animate: false },
      });
      cy.on('tap', 'node', (e) => go(`entity/${e.target.id()}`));
      cy.on('tap', 'edge', (e) => setPicked(data.shown.edges.find((x) => x.id === e.target.id()) ?? null));
    });
    return () => {
      live = false;
      cy?.destroy();
    };
  }, [data]);

  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="the network" />;
  if (data.shown.nodes.length === 0) {
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
      <div class="graph" ref={box} data-testid="graph" />
      {picked && (
        <div class="edge-evidence">
          <strong>
            {picked.source} — {picked.type} — {picked.target}
          </strong>
          : articles{' '}
          {picked.docIds.map((d) => (
            <a key={d} href={href(`doc/${d}`)}>
              {d}{' '}
            </a>
          ))}
        </div>
      )}
    </div>
  );
}
