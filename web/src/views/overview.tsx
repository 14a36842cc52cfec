// Overview: what the store holds at a glance — key figures, date range, latest articles, and which
// analysis stages have produced data (each links to its view).
import { getJson, type Overview as OverviewData } from '../api';
import { DocLine } from '../components/doc-line';
import { Empty, Failure, Loading } from '../components/status';
import { useFetch } from '../lib/use-fetch';
import { href } from '../router';

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div class="figure">
      <div class="value">{value}</div>
      <div class="label">{label}</div>
    </div>
  );
}

export function Overview() {
  const { data, error } = useFetch(() => getJson<OverviewData>('/overview'), 'overview');
  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="the overview" />;
  if (data.documents === 0) {
    return (
      <Empty title="No documents yet" note="The store is empty. Add articles to start a dossier.">
        <p>
          <a href={href('ingest')}>Add articles</a> by dropping files or pasting URLs, or run{' '}
          <code>dossier ingest &lt;files…&gt;</code>.
        </p>
      </Empty>
    );
  }
  const range = data.dateRange.from
    ? `${data.dateRange.from.slice(0, 10)} – ${data.dateRange.to?.slice(0, 10)}`
    : 'no dates';
  return (
    <div class="overview">
      <h1>Overview</h1>
      <div class="figures" data-testid="figures">
        <Figure label="articles" value={data.documents} />
        <Figure label="outlets" value={data.outlets} />
        <Figure label="words" value={data.words.toLocaleString('en')} />
        <Figure label="published" value={range} />
        <Figure label="undated" value={data.undated} />
      </div>
      <div class="columns">
        <section>
          <h2>Latest articles</h2>
          <ul class="plain">
            {data.latest.map((d) => (
              <li key={d.id}>
                <DocLine doc={d} />
              </li>
            ))}
          </ul>
          <p>
            <a href={href('docs')}>All {data.documents} documents →</a>
          </p>
        </section>
        <section>
          <h2>Genres</h2>
          <ul class="plain counts">
            {Object.entries(data.genres).map(([g, n]) => (
              <li key={g}>
                <a href={href('docs', { genre: g === 'unknown' ? undefined : g })}>{g}</a> <span>{n}</span>
              </li>
            ))}
          </ul>
          <h2>Analysis stages</h2>
          <ul class="plain stages">
            {data.stages.map((s) => (
              <li key={s.name} class={s.available ? 'ok' : 'missing'}>
                <a href={href(s.name === 'relations' ? 'network' : s.name)}>{s.title ?? s.name}</a>
                <span class="muted"> — {s.available ? 'has data' : s.note}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
