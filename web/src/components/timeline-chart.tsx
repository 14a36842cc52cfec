// The timeline's SVG: a date axis and, per lane, items as bars over the interval their date covers. Month-only,
// estimated and modified dates ("late 2025") are drawn as lighter, dashed ranges. Ungrouped, each item has its
// own row; in lanes, bars are packed into as few rows as their labels allow. All text is set as text nodes.

import { href } from '../router';
import type { Lane, LaneRow } from './timeline-lanes';
import { packRows } from './timeline-lanes';

export interface ChartItem {
  id: string;
  title: string;
  span: [number, number];
  uncertain: boolean;
  value: string;
}

const WIDTH = 1000;
const GUTTER = 180;
const ROW = 24;
const LANE_PAD = 8;
const AXIS = 26;
const CHAR = 6.2;

const DAY = 86_400_000;
const STEPS: [number, 'day' | 'month' | 'year'][] = [
  [1, 'day'],
  [2, 'day'],
  [7, 'day'],
  [14, 'day'],
  [1, 'month'],
  [2, 'month'],
  [3, 'month'],
  [6, 'month'],
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((n) => [n, 'year'] as [number, 'year']),
];

/** Calendar-aligned ticks (days, months or years), at most about eight across the view. */
function ticksFor(from: number, to: number): { t: number; label: string }[] {
  const approx = { day: DAY, month: 30.4 * DAY, year: 365.25 * DAY };
  const [n, unit] = STEPS.find(([k, u]) => (to - from) / (k * approx[u]) <= 8) ?? STEPS[STEPS.length - 1];
  const d = new Date(from);
  let y = d.getUTCFullYear();
  let m = unit === 'year' ? 0 : d.getUTCMonth();
  const day = unit === 'day' ? d.getUTCDate() : 1;
  if (unit === 'year') y = Math.ceil(y / n) * n;
  const out: { t: number; label: string }[] = [];
  for (let t = Date.UTC(y, m, day); t <= to && out.length < 40; ) {
    const iso = new Date(t).toISOString();
    if (t >= from)
      out.push({
        t,
        label: unit === 'year' ? iso.slice(0, 4) : unit === 'month' ? iso.slice(0, 7) : iso.slice(0, 10),
      });
    if (unit === 'day') t += n * DAY;
    else if (unit === 'month') {
      m += n;
      t = Date.UTC(y, m, 1);
    } else {
      y += n;
      t = Date.UTC(y, 0, 1);
    }
  }
  return out;
}

function LaneLabel<T>({ lane, y }: { lane: Lane<T>; y: number }) {
  const text = (
    <text class="lane-label" x={8} y={y}>
      <title>{lane.name}</title>
      {lane.name.length > 25 ? `${lane.name.slice(0, 24)}…` : lane.name}
    </text>
  );
  return lane.entityId ? <a href={href(`entity/${lane.entityId}`)}>{text}</a> : text;
}

interface Props<T extends { id: string }> {
  lanes: Lane<T>[];
  grouped: boolean;
  view: { from: number; to: number };
  chartItem: (item: T) => ChartItem;
  picked: { id: string; lane: string } | null;
  onPick: (row: LaneRow<T>, lane: Lane<T>) => void;
  onZoom: (factor: number) => void;
}

export function TimelineChart<T extends { id: string }>(props: Props<T>) {
  const { lanes, grouped, view, chartItem, picked, onPick, onZoom } = props;
  const left = grouped ? GUTTER : 0;
  const plot = WIDTH - left;
  const x = (t: number) => left + ((t - view.from) / (view.to - view.from)) * plot;
  const maxChars = grouped ? 44 : 70;
  let y = AXIS;
  const drawn = lanes.map((lane) => {
    const rows = lane.rows
      .map((r) => ({ r, c: chartItem(r.item) }))
      .filter(({ c }) => c.span[1] > view.from && c.span[0] < view.to)
      .sort((a, b) => a.c.span[0] - b.c.span[0]);
    const bars = rows.map(({ r, c }) => {
      const x0 = Math.max(left, x(c.span[0]));
      const x1 = Math.max(x0 + 3, Math.min(WIDTH, x(c.span[1])));
      const label = c.title.length > maxChars ? `${c.title.slice(0, maxChars - 1)}…` : c.title;
      const w = label.length * CHAR;
      // A label runs right of its bar, or left of it near the right edge when there is room.
      const flip = x1 + 4 + w > WIDTH && x0 - 4 - w >= left;
      const extent: [number, number] = flip ? [x0 - 4 - w, x1] : [x0, x1 + 4 + w];
      return { r, c, x0, x1, label, flip, extent };
    });
    const slots = grouped ? packRows(bars.map((b) => b.extent)) : bars.map((_, i) => i);
    const height = Math.max(grouped ? 40 : 0, Math.max(1, ...slots.map((s) => s + 1)) * ROW + LANE_PAD);
    const top = y;
    y += height;
    return { lane, bars, slots, top, height };
  });
  const ticks = ticksFor(view.from, view.to);
  return (
    <svg
      class={`timeline-svg${grouped ? ' grouped' : ''}`}
      viewBox={`0 0 ${WIDTH} ${y + 4}`}
      role="img"
      aria-label="Timeline"
      onWheel={(e) => {
        e.preventDefault();
        onZoom(e.deltaY > 0 ? 1.25 : 0.8);
      }}
    >
      <g class="axis">
        {ticks.map(({ t, label }) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={AXIS - 6} y2={y} />
            <text x={x(t)} y={AXIS - 10} text-anchor="middle">
              {label}
            </text>
          </g>
        ))}
      </g>
      {drawn.map(({ lane, bars, slots, top, height }, li) => (
        <g key={lane.key} class={`lane lane-${lane.kind}`} data-lane={lane.name} data-testid="timeline-lane">
          {grouped && (
            <>
              <rect class={`lane-bg${li % 2 ? ' odd' : ''}`} x={0} y={top} width={WIDTH} height={height} />
              <LaneLabel lane={lane} y={top + 16} />
              <text class="lane-count" x={8} y={top + 30}>
                {lane.rows.length} {lane.rows.length === 1 ? 'item' : 'items'}
              </text>
            </>
          )}
          {bars.map(({ r, c, x0, x1, label, flip }, i) => {
            const top2 = top + slots[i] * ROW + 4;
            const on = picked?.id === c.id && picked.lane === lane.key;
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it takes focus and Enter
              <g
                key={c.id}
                class={`bar${c.uncertain ? ' uncertain' : ''}${on ? ' picked' : ''}`}
                role="button"
                tabIndex={0}
                data-item={c.id}
                data-value={c.value}
                aria-label={`${c.value}: ${c.title}`}
                onClick={() => onPick(r, lane)}
                onKeyDown={(e) => e.key === 'Enter' && onPick(r, lane)}
              >
                <title>{`${c.value}${c.uncertain ? ' (uncertain range)' : ''}: ${c.title}`}</title>
                <rect x={x0} y={top2} width={x1 - x0} height={16} rx={3} />
                <text x={flip ? x0 - 4 : x1 + 4} y={top2 + 12} text-anchor={flip ? 'end' : 'start'}>
                  {label}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
