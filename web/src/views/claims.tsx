// Claims as a claim × source matrix: one row per claim, one column per outlet, a cell where that outlet's
// articles carry the claim, coloured by the claim's status; the row says how many independent origins it has
// and why it has its status. Every cell and row links to its evidence sentence in the reader.
import { useState } from 'preact/hooks';
import { type DocSummary, type Evidence, getJson, type StageList } from '../api';
import { Empty, Failure, Loading } from '../components/status';
import { useFetch } from '../lib/use-fetch';
import { evidenceHref } from '../router';

interface Claim {
  id: string;
  text: string;
  status: 'corroborated' | 'contradicted' | 'single-source';
  reason: string;
  origins: { origin: string; docs: string[] }[];
  evidence: Evidence[];
}

interface Loaded {
  claims: StageList<Claim>;
  docs: Map<string, DocSummary>;
}

const MAX_COLUMNS = 30;

async function load(status: string): Promise<Loaded> {
  const claims = await getJson<StageList<Claim>>('/claims', { limit: 200, status: status || undefined });
  const ids = [...new Set(claims.items.flatMap((c) => c.data.evidence.map((e) => e.docId)))].slice(0, 500);
  const docs = ids.length
    ? (await getJson<{ items: DocSummary[] }>('/docs', { ids: ids.join(','), limit: 500 })).items
    : [];
  return { claims, docs: new Map(docs.map((d) => [d.id, d])) };
}

export function Claims() {
  const [status, setStatus] = useState('');
  const { data, error } = useFetch(() => load(status), status);
  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="claims" />;
  if (!data.claims.stage.available) {
    return (
      <Empty title="Claims" note={data.claims.stage.note}>
        <p class="muted">
          Factual claims across sources, labelled corroborated, contradicted or single-source by their
          independent origins.
        </p>
      </Empty>
    );
  }
  const outletOf = (docId: string) => data.docs.get(docId)?.outlet ?? 'unknown outlet';
  const counts = new Map<string, number>();
  for (const c of data.claims.items) {
    for (const o of new Set(c.data.evidence.map((e) => outletOf(e.docId))))
      counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  const columns = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_COLUMNS)
    .map(([o]) => o);
  return (
    <div class="claims">
      <h1>
        Claims{' '}
        <span class="muted">
          ({data.claims.items.length}
          {data.claims.hasMore ? '+' : ''})
        </span>
      </h1>
      <p>
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">any</option>
            <option value="contradicted">contradicted</option>
            <option value="corroborated">corroborated</option>
            <option value="single">single-source</option>
          </select>
        </label>{' '}
        <span class="legend">
          <span class="cell contradicted">●</span> contradicted <span class="cell corroborated">●</span>{' '}
          corroborated <span class="cell single-source">●</span> single-source
        </span>
      </p>
      <div class="matrix-wrap">
        <table class="matrix">
          <thead>
            <tr>
              <th>Claim</th>
              <th>Origins</th>
              {columns.map((o) => (
                <th key={o} class="outlet">
                  <span>{o}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.claims.items.map(({ id, data: c }) => (
              <tr key={id} class={c.status}>
                <td class="claim-text">
                  <a href={c.evidence[0] ? evidenceHref(c.evidence[0]) : undefined} class="evidence-link">
                    {c.text.length > 180 ? `${c.text.slice(0, 180)}…` : c.text}
                  </a>
                  <div class="docmeta">
                    {c.status} — {c.reason}
                  </div>
                </td>
                <td class="num" title={c.origins.map((o) => o.origin).join('\n')}>
                  {c.origins.length}
                </td>
                {columns.map((o) => {
                  const ev = c.evidence.find((e) => outletOf(e.docId) === o);
                  return (
                    <td key={o} class="cell-td">
                      {ev && (
                        <a class={`cell ${c.status}`} href={evidenceHref(ev)} title={ev.text}>
                          ●
                        </a>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
