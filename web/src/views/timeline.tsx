// The timeline: items on a time axis, each drawn as the interval its date covers (a day, a month, an
// estimated range), with month-only and estimated dates visibly lighter and dashed. Group by actor or by
// source for one lane each (#/timeline?group=actor); zoom with the buttons or the mouse wheel; click an item
// for its evidence (in a source lane, the evidence from that source).
import { useState } from 'preact/hooks';
import { getJson, type StageList } from '../api';
import { EvidenceLinks, evidenceOf, itemTitle } from '../components/evidence';
import { Empty, Failure, Loading } from '../components/status';
import { type ChartItem, TimelineChart } from '../components/timeline-chart';
import { type GroupBy, groupLanes, type LaneItemData } from '../components/timeline-lanes';
import { useFetch } from '../lib/use-fetch';
import { go, useRoute } from '../router';

interface TimelineData extends LaneItemData {
  reports?: { time: string | null; estimate?: { value: string } }[];
  value?: string;
  start?: string;
  end?: string;
  granularity?: string;
  mod?: string;
  label?: string;
  estimated?: boolean;
}

type Item = StageList<TimelineData>['items'][number];

const DAY = 86_400_000;
const GROUPS: [GroupBy, string][] = [
  ['none', 'none'],
  ['actor', 'actor'],
  ['source', 'source'],
];

function interval(d: TimelineData): [number, number] | null {
  const a = Date.parse(d.start ?? d.value ?? '');
  if (Number.isNaN(a)) return null;
  const b = Date.parse(d.end ?? '');
  return [a, Number.isNaN(b) ? a + DAY : Math.max(b, a + DAY)];
}

/** When the story was reported: the latest article date among the items (the end of the data otherwise). */
function reportedUntil(items: Item[], fallback: number): number {
  const times = items
    .flatMap((it) => it.data.reports ?? [])
    .map((r) => Date.parse((r.time ?? r.estimate?.value ?? '').slice(0, 10)))
    .filter((t) => !Number.isNaN(t));
  return times.length ? Math.max(...times) + DAY : fallback;
}

const isUncertain = (d: TimelineData) =>
  Boolean(d.estimated || (d.granularity && d.granularity !== 'day') || d.mod);

function chartItem(it: Item): ChartItem {
  return {
    id: it.id,
    title: itemTitle(it.data, it.id),
    span: interval(it.data) ?? [0, DAY],
    uncertain: isUncertain(it.data),
    value: it.data.value ?? it.data.start ?? '',
  };
}

export function Timeline() {
  const route = useRoute();
  const group = (GROUPS.find(([g]) => g === route.params.get('group'))?.[0] ?? 'none') as GroupBy;
  const { data, error } = useFetch(
    () => getJson<StageList<TimelineData>>('/timeline', { limit: 500 }),
    'timeline',
  );
  const [zoom, setZoom] = useState<{ from: number; to: number } | null>(null);
  const [picked, setPicked] = useState<{
    id: string;
    lane: string;
    laneName: string;
    docIds?: string[];
  } | null>(null);
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
  const items = data.items.filter((it) => interval(it.data) !== null);
  const spans = items.map((it) => interval(it.data)!);
  const min = Math.min(...spans.map((s) => s[0]));
  const max = Math.max(...spans.map((s) => s[1]));
  const view = zoom ?? { from: min - DAY, to: max + DAY };
  const scale = (f: number) => {
    const mid = (view.from + view.to) / 2;
    const half = Math.max(DAY, ((view.to - view.from) / 2) * f);
    setZoom({ from: mid - half, to: mid + half });
  };
  const until = reportedUntil(items, max);
  const outside = spans.filter(([a, b]) => b <= view.from || a >= view.to).length;
  const lanes = groupLanes(items, group);
  const open = picked ? data.items.find((it) => it.id === picked.id) : undefined;
  const sorted = [...items].sort((a, b) => interval(a.data)![0] - interval(b.data)![0]);
  return (
    <div class="timeline">
      <h1>
        Timeline <span class="muted">({items.length} dated items)</span>
      </h1>
      <p class="timeline-tools">
        <label>
          Group by{' '}
          <select
            value={group}
            data-testid="timeline-group"
            onChange={(e) => {
              setPicked(null);
              go('timeline', { group: e.currentTarget.value === 'none' ? undefined : e.currentTarget.value });
            }}
          >
            {GROUPS.map(([g, name]) => (
              <option key={g} value={g}>
                {name}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => scale(0.5)}>
          Zoom in
        </button>{' '}
        <button type="button" onClick={() => scale(2)}>
          Zoom out
        </button>{' '}
        <button type="button" onClick={() => setZoom(null)}>
          Fit all
        </button>{' '}
        <button type="button" onClick={() => setZoom({ from: until - 365 * DAY, to: until + 14 * DAY })}>
          Year before the reports
        </button>{' '}
        <button type="button" onClick={() => setZoom({ from: until - 45 * DAY, to: until + 7 * DAY })}>
          Weeks of the reports
        </button>{' '}
        <span class="muted">
          {new Date(view.from).toISOString().slice(0, 10)} – {new Date(view.to).toISOString().slice(0, 10)}
          {outside > 0 ? ` (${outside} outside this range)` : ''}
        </span>{' '}
        <span class="legend muted">
          <span class="swatch" /> exact day <span class="swatch uncertain" /> month, year or estimate (range)
        </span>
      </p>
      <TimelineChart<Item>
        lanes={lanes}
        grouped={group !== 'none'}
        view={view}
        chartItem={chartItem}
        picked={picked}
        onZoom={scale}
        onPick={(row, lane) =>
          setPicked(
            picked?.id === row.item.id && picked.lane === lane.key
              ? null
              : { id: row.item.id, lane: lane.key, laneName: lane.name, docIds: row.docIds },
          )
        }
      />
      {open && picked && <Picked item={open} lane={picked.laneName} docIds={picked.docIds} grouped={group} />}
      <ol class="items">
        {sorted.map((it) => (
          <li key={it.id} class={picked?.id === it.id ? 'open' : ''}>
            <strong>{it.data.value ?? it.data.start}</strong>
            {it.data.mod ? ` (${it.data.mod.toLowerCase()})` : ''} — {itemTitle(it.data, it.id)}
            <EvidenceLinks data={it.data} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The clicked item: its date and how sure it is, who and which sources, and the evidence sentences. */
function Picked({
  item,
  lane,
  docIds,
  grouped,
}: {
  item: Item;
  lane: string;
  docIds?: string[];
  grouped: GroupBy;
}) {
  const d = item.data;
  const all = evidenceOf(d);
  const evidence = docIds ? all.filter((e) => docIds.includes(e.docId)) : all;
  const actors = (d.actorEntities ?? []).map((a) => a.name);
  return (
    <section class="timeline-picked" data-testid="timeline-picked" aria-live="polite">
      <p>
        <strong>{d.value ?? d.start}</strong>{' '}
        <span class="muted">
          {isUncertain(d)
            ? `${d.granularity ?? 'range'}${d.mod ? `, ${d.mod.toLowerCase()}` : ''}: ${d.start?.slice(0, 10)} – ${d.end?.slice(0, 10)}, uncertain`
            : 'exact day'}
          {grouped !== 'none' && lane ? ` · lane: ${lane}` : ''}
        </span>
      </p>
      <p class="item-title">{itemTitle(d, item.id)}</p>
      {actors.length > 0 && <p class="muted">Actors: {actors.join(', ')}</p>}
      {d.sources && d.sources.length > 0 && (
        <p class="muted">Sources: {d.sources.map((s) => s.name).join(' · ')}</p>
      )}
      <EvidenceLinks data={{ evidence }} max={8} />
    </section>
  );
}
