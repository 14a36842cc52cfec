// The reaction matrix: the story's main actors against their stance toward its central event (condemn,
// support, silent), each cell counting the sentences that show it, with the evidence one click away.
import { type Evidence, getJson, type StageStatus } from '../api';
import { EvidenceLinks } from '../components/evidence';
import { Empty, Failure, Loading } from '../components/status';
import { useFetch } from '../lib/use-fetch';
import { href } from '../router';

type Stance = 'condemn' | 'support' | 'silent';

interface Row {
  actor: { id: string; name: string; type: string | null };
  reaction: string;
  counts: Record<Stance, number>;
  evidence: (Evidence & { stance: Stance; cue: string })[];
}

interface Matrix {
  stage: StageStatus;
  event: { label: string; time: string; docs: number } | null;
  items: { id: string; data: Row }[];
}

const STANCES: Stance[] = ['condemn', 'support', 'silent'];

export function Reactions() {
  const { data, error } = useFetch(() => getJson<Matrix>('/reactions'), 'reactions');
  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="reactions" />;
  if (!data.stage.available) return <Empty title="Reactions" note={data.stage.note} />;
  return (
    <div class="reactions">
      <h1>Reactions</h1>
      {data.event && (
        <p class="muted">
          To: {data.event.label} ({data.event.time}, dated by {data.event.docs} articles)
        </p>
      )}
      <table class="grid matrix-reactions">
        <thead>
          <tr>
            <th>Actor</th>
            <th>Reaction</th>
            {STANCES.map((s) => (
              <th key={s}>{s}</th>
            ))}
            <th>Evidence</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map(({ id, data: r }) => (
            <tr key={id} class={`reaction-${r.reaction.replace(/\s+/g, '-')}`}>
              <td>
                <a href={href(`entity/${r.actor.id}`)}>{r.actor.name}</a>
              </td>
              <td>{r.reaction}</td>
              {STANCES.map((s) => (
                <td key={s} class={`num stance-${s}${r.counts[s] ? ' found' : ''}`}>
                  {r.counts[s] || ''}
                </td>
              ))}
              <td>
                <EvidenceLinks data={r} max={2} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
