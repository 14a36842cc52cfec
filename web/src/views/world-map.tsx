// The map: world-atlas country shapes (bundled) drawn with d3-geo, shaded by how much the articles involve
// each country; a click opens the country's entity page.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { getJson, type StageStatus } from '../api';
import { Failure, Loading } from '../components/status';
import { useFetch } from '../lib/use-fetch';
import { href } from '../router';

interface MapData {
  stage: StageStatus;
  countries: {
    code: string;
    numeric: string | null;
    mentions: number;
    entities: { id: string; name: string }[];
  }[];
}

const topo = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const shapes = feature(topo, topo.objects.countries).features;
const projection = geoNaturalEarth1().fitSize([960, 500], { type: 'Sphere' });
const path = geoPath(projection);
const paths = shapes.map((f) => ({
  id: String(f.id ?? ''),
  name: f.properties?.name ?? '',
  d: path(f) ?? '',
}));

export function WorldMap() {
  const { data, error } = useFetch(() => getJson<MapData>('/map'), 'map');
  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="the map" />;
  const byNumeric = new Map(
    data.countries.filter((c) => c.numeric).map((c) => [c.numeric!.padStart(3, '0'), c]),
  );
  const max = Math.max(1, ...data.countries.map((c) => c.mentions));
  return (
    <div class="map">
      <h1>Map</h1>
      <p class={data.stage.available ? 'muted' : 'note'} data-testid="map-note">
        {data.stage.note}
      </p>
      <svg viewBox="0 0 960 500" class="world" role="img" aria-label="World map of involvement">
        {paths.map((p) => {
          const c = byNumeric.get(p.id.padStart(3, '0'));
          const level = c ? Math.ceil((c.mentions / max) * 5) : 0;
          const shape = (
            <path key={p.id || p.name} d={p.d} class={`country level-${level}${c ? ' involved' : ''}`}>
              <title>
                {p.name}
                {c ? `: ${c.mentions} mentions (${c.entities.map((e) => e.name).join(', ')})` : ''}
              </title>
            </path>
          );
          return c?.entities[0] ? (
            <a key={p.id || p.name} href={href(`entity/${c.entities[0].id}`)}>
              {shape}
            </a>
          ) : (
            shape
          );
        })}
      </svg>
    </div>
  );
}
