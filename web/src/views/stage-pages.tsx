// The views that list a later stage's items: quotes by speaker, claims with their status, reactions, events.
import { StageView } from './stage-view';

function speakerOf(d: Record<string, unknown>): string {
  const s = d.speaker as { name?: string } | string | null | undefined;
  return typeof s === 'string' ? s : (s?.name ?? 'unknown speaker');
}

export function Quotes() {
  return (
    <StageView
      endpoint="quotes"
      title="Quotes"
      intro="Who said what: direct and reported speech, with the speaker resolved to an entity and the role the article gives."
      detail={(d) =>
        `${speakerOf(d)}${d.role ? `, ${String(d.role)}` : ''} · ${d.direct ? 'direct' : 'reported'}`
      }
    />
  );
}

export function Claims() {
  return (
    <StageView
      endpoint="claims"
      title="Claims"
      intro="Factual claims across sources, labelled corroborated, contradicted or single-source by their independent origins."
      detail={(d) =>
        `${String(d.status ?? 'status unknown')}${Array.isArray(d.origins) ? ` · ${d.origins.length} origins` : ''}`
      }
    />
  );
}

export function Reactions() {
  return (
    <StageView
      endpoint="reactions"
      title="Reactions"
      intro="Who reacted to what: actors against the events and claims they responded to."
    />
  );
}

type Who = { name?: string } | null | undefined;

export function Events() {
  return (
    <StageView
      endpoint="events"
      title="Events"
      intro="Who did what to whom, when: events merged across articles, with their actors and evidence."
      detail={(d) =>
        [
          `${(d.actor as Who)?.name ?? '?'} → ${(d.target as Who)?.name ?? '?'}`,
          d.time ? String(d.time) : 'undated',
          d.modality ? String(d.modality) : null,
          Array.isArray(d.evidence) ? `${d.evidence.length} reports` : null,
        ]
          .filter(Boolean)
          .join(' · ')
      }
    />
  );
}
