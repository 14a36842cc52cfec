// The timeline: items on a time axis, each drawn as the interval its date covers (a day, a month, an
// estimated range), with month-only and estimated dates visibly lighter and dashed. Zoom with the buttons or
// the mouse wheel; click an item for its evidence.
import { useState } from 'preact/hooks';
import { getJson, type StageList } from '../api';
import { EvidenceLinks, itemTitle } from '../components/evidence';
import { Empty, Failure, Loading } from '../components/status';
import { useFetch } from '../lib/use-fetch';

interface TimelineData {
  value?: string;
  start?: string;
  end?: string;
  granularity?: string;
  mod?: string;
  label?: string;
  estimated?: boolean;
  actors?: (string | { name?: string })[];
}

const DAY = 86_400_000;

function interval(d: TimelineData): [number, number] | null {
  const a = Date.parse(d.start ?? d.value ?? '');
  if (Number.isNaN(a)) return null;
  const b = Date.parse(d.end ?? '');
  return [a, Number.isNaN(b) ? a + DAY : Math.max(b, a + DAY)];
}

export function Timeline() {
  const { data, error } = useFetch(
    () => getJson<StageList<TimelineData>>('/timeline', { limit: 500 }),
    'timeline',
  );
  const [zoom, setZoom] = useState<{ from: number; to: number } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="the timeline" />;
  if (!data.stage.available) {
    return (
      <Empty title="Timeline" note={data.stage.note}>
        <p class="muted">
          Each dated happening becomes an item with its evidence; month-only dates show as ranges.
        </p>
      </Empty>
    );
  }
  const rows = data.items
    .map((it) => ({ it, span: interval(it.data) }))
    .filter((r): r is { it: (typeof data.items)[number]; span: [number, number] } => r.span !== null)
    .sort((a, b) => a.span[0] - b.span[0]);
  const min = Math.min(...rows.map((r) => r.span[0]));
  const max = Math.max(...rows.map((r) => r.span[1]));
  const view = zoom ?? { from: min - DAY, to: max + DAY };
  const width = 900;
  const x = (t: number) => ((t - view.from) / (view.to - view.from)) * width;
  const scale = (f: number) => {
    const mid = (view.from + view.to) / 2;
    const half = Math.max(DAY, ((view.to - view.from) / 2) * f);
    setZoom({ from: mid - half, to: mid + half });
  };
  return (
    <div class="timeline">
      <h1>
        Timeline <span class="muted">({rows.length} dated items)</span>
      </h1>
      <p>
        <button type="button" onClick={() => scale(0.5)}>
          Zoom in
        </button>{' '}
        <button type="button" onClick={() => scale(2)}>
          Zoom out
        </button>{' '}
        <button type="button" onClick={() => setZoom(null)}>
          Fit
        </button>{' '}
        <span class="muted">
          {new Date(view.from).toISOString().slice(0, 10)} – {new Date(view.to).toISOString().slice(0, 10)}
        </span>
      </p>
      <svg
        class="timeline-svg"
        viewBox={`0 0 ${width} ${rows.length * 26 + 10}`}
        role="img"
        aria-label="Timeline"
        onWheel={(e) => {
          e.preventDefault();
          scale(e.deltaY > 0 ? 1.25 : 0.8);
        }}
      >
        {rows.map(({ it, span }, i) => {
          const uncertain =
            it.data.estimated || (it.data.granularity && it.data.granularity !== 'day') || it.data.mod;
          const x0 = Math.max(0, x(span[0]));
          const x1 = Math.min(width, x(span[1]));
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it takes focus and Enter
            <g
              key={it.id}
              class={uncertain ? 'uncertain' : ''}
              role="button"
              tabIndex={0}
              aria-label={itemTitle(it.data, it.id)}
              onClick={() => setOpen(open === it.id ? null : it.id)}
              onKeyDown={(e) => e.key === 'Enter' && setOpen(open === it.id ? null : it.id)}
            >
              <rect x={x0} y={i * 26 + 4} width={Math.max(3, x1 - x0)} height={18} rx={3} />
              <text
                x={x1 > width * 0.6 ? x0 - 4 : x1 + 4}
                y={i * 26 + 17}
                text-anchor={x1 > width * 0.6 ? 'end' : 'start'}
              >
                {itemTitle(it.data, it.id).slice(0, 70)}
              </text>
            </g>
          );
        })}
      </svg>
      <ol class="items">
        {rows.map(({ it }) => (
          <li key={it.id} class={open === it.id ? 'open' : ''}>
            <strong>{it.data.value ?? it.data.start}</strong>
            {it.data.mod ? ` (${it.data.mod.toLowerCase()})` : ''} — {itemTitle(it.data, it.id)}
            <EvidenceLinks data={it.data} />
          </li>
        ))}
      </ol>
    </div>
  );
}
