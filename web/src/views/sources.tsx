// Sources: each outlet with its articles, genres, reprints and coverage dates; framing (tone, hedging)
// joins the table when that stage has data.
import { getJson, type Outlet, type StageStatus } from '../api';
import { Empty, Failure, Loading } from '../components/status';
import { useFetch } from '../lib/use-fetch';
import { href } from '../router';

export function Sources() {
  const { data, error } = useFetch(
    () => getJson<{ items: Outlet[]; framing: StageStatus }>('/sources'),
    'sources',
  );
  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="sources" />;
  if (data.items.length === 0) return <Empty title="Sources" note="No documents yet, so no outlets." />;
  return (
    <div class="sources">
      <h1>Sources</h1>
      <table class="grid">
        <thead>
          <tr>
            <th>Outlet</th>
            <th>Articles</th>
            <th>Words</th>
            <th>Genres</th>
            <th>Reprints</th>
            <th>Coverage</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((o) => (
            <tr key={o.name}>
              <td>
                <a href={href('docs', { outlet: o.name === 'unknown outlet' ? undefined : o.name })}>
                  {o.name}
                </a>
              </td>
              <td class="num">{o.documents}</td>
              <td class="num">{o.words.toLocaleString('en')}</td>
              <td>
                {Object.entries(o.genres)
                  .map(([g, n]) => `${g} ${n}`)
                  .join(', ')}
              </td>
              <td class="num">{o.syndicated}</td>
              <td>{o.first ? `${o.first.slice(0, 10)} – ${o.last?.slice(0, 10)}` : 'undated'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Framing</h2>
      <p class={data.framing.available ? '' : 'note'} data-testid="framing-note">
        {data.framing.note}
      </p>
    </div>
  );
}
