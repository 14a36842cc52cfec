// An entity's mentions over time as SVG bars, one per day, week or month by the publication date of the
// articles (from /api/entities/:id/mentions-over-time), with mentions in undated articles stated apart.
import { useState } from 'preact/hooks';
import { getJson } from '../api';
import { useFetch } from '../lib/use-fetch';

interface Tally {
  mentions: number;
  docs: number;
}

export interface MentionsOverTime {
  by: 'day' | 'week' | 'month';
  buckets: (Tally & { period: string })[];
  undated: Tally;
  coarse: Tally;
}

const BY = ['auto', 'day', 'week', 'month'] as const;
const W = 640;
const H = 150;
const PAD = { left: 34, right: 8, top: 10, bottom: 22 };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function MentionsChart({ entityId }: { entityId: string }) {
  const [by, setBy] = useState<(typeof BY)[number]>('auto');
  const { data, error } = useFetch(
    () => getJson<MentionsOverTime>(`/entities/${encodeURIComponent(entityId)}/mentions-over-time`, { by }),
    `${entityId}:${by}`,
  );
  if (error) return <p class="muted">Mentions over time are not available: {error.message}</p>;
  if (!data) return <p class="muted">Loading mentions over time…</p>;
  const { buckets } = data;
  const top = Math.max(1, ...buckets.map((b) => b.mentions));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const bw = buckets.length ? plotW / buckets.length : plotW;
  const every = Math.max(1, Math.ceil(buckets.length / 8));
  return (
    <div class="mentions-chart" data-testid="mentions-chart">
      <p>
        <label>
          Per{' '}
          <select value={by} onChange={(e) => setBy(e.currentTarget.value as (typeof BY)[number])}>
            {BY.map((b) => (
              <option key={b} value={b}>
                {b === 'auto' ? `auto (${data.by})` : b}
              </option>
            ))}
          </select>
        </label>
      </p>
      {buckets.length === 0 ? (
        <p class="muted">
          None of the articles that mention it has a publication date precise enough to chart.
        </p>
      ) : (
        <svg
          class="mentions-svg"
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={`Mentions per ${data.by}, by publication date`}
        >
          <line class="base" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
          <text class="tick" x={PAD.left - 4} y={PAD.top + 8} text-anchor="end">
            {top}
          </text>
          <text class="tick" x={PAD.left - 4} y={H - PAD.bottom} text-anchor="end">
            0
          </text>
          {buckets.map((b, i) => {
            const h = (b.mentions / top) * plotH;
            const x = PAD.left + i * bw;
            return (
              <g key={b.period} class="mbar" data-period={b.period} data-mentions={b.mentions}>
                <title>{`${b.period}: ${plural(b.mentions, 'mention')} in ${plural(b.docs, 'article')}`}</title>
                {b.mentions > 0 && (
                  <rect
                    class="fill"
                    x={x + bw * 0.1}
                    y={H - PAD.bottom - h}
                    width={Math.max(1, bw * 0.8)}
                    height={h}
                  />
                )}
                {i % every === 0 && (
                  <text class="tick" x={x + bw / 2} y={H - 6} text-anchor="middle">
                    {b.period}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
      <p class="muted" data-testid="mentions-undated">
        {data.undated.mentions > 0
          ? `${plural(data.undated.mentions, 'mention')} in ${plural(data.undated.docs, 'undated article')}, not charted.`
          : 'Every article that mentions it is dated.'}
        {data.coarse.mentions > 0 &&
          ` ${plural(data.coarse.mentions, 'mention')} in ${plural(data.coarse.docs, 'article')} dated less precisely than a ${data.by}.`}
      </p>
    </div>
  );
}
