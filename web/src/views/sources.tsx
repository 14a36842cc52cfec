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
      <Framing />
    </div>
  );
}

interface OutletFraming {
  outlet: string;
  articles: string[];
  tone: number;
  hedging: number;
  speculation: number;
  opinion: number;
  exclusiveClaims: number;
  voices: { speaker: string; quotes: number }[];
}

/** Tone, hedging, speculation, opinion and voices per outlet, from the framing stage. */
function Framing() {
  const { data } = useFetch(
    () => getJson<{ stage: StageStatus; outlets: OutletFraming[] }>('/framing'),
    'framing',
  );
  if (!data) return <Loading what="framing" />;
  if (!data.stage.available) return <p class="note">{data.stage.note}</p>;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    <>
      <h2>Framing</h2>
      <p class="muted">
        Tone runs from −1 (hostile) to +1 (favourable); hedging, speculation and opinion are shares of
        sentences. A reprint counts under the outlet that first published it.
      </p>
      <table class="grid" data-testid="framing">
        <thead>
          <tr>
            <th>Outlet</th>
            <th>Articles</th>
            <th>Tone</th>
            <th>Hedging</th>
            <th>Speculation</th>
            <th>Opinion</th>
            <th>Exclusive claims</th>
            <th>Most quoted</th>
          </tr>
        </thead>
        <tbody>
          {data.outlets.map((o) => (
            <tr key={o.outlet}>
              <td>{o.outlet}</td>
              <td class="num">{o.articles.length}</td>
              <td class="num">{o.tone.toFixed(2)}</td>
              <td class="num">{pct(o.hedging)}</td>
              <td class="num">{pct(o.speculation)}</td>
              <td class="num">{pct(o.opinion)}</td>
              <td class="num">{o.exclusiveClaims}</td>
              <td>
                {o.voices
                  .slice(0, 3)
                  .map((v) => `${v.speaker} (${v.quotes})`)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
