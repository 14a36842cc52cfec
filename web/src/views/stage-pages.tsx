// The views that list a later stage's items: quotes by speaker, events.
import { StageView } from './stage-view';

type Who = { name?: string } | string | null | undefined;

function nameOf(w: unknown, fallback: string): string {
  const v = w as Who;
  return typeof v === 'string' ? v : (v?.name ?? fallback);
}

export function Quotes() {
  return (
    <StageView
      endpoint="quotes"
      title="Quotes"
      intro="Who said what, grouped by speaker: direct and reported speech, with the role the article gives."
      groupBy={(d) => nameOf(d.speaker, 'Speaker not resolved')}
      detail={(d) => `${d.role ? `${String(d.role)} · ` : ''}${d.direct ? 'direct' : 'reported'}`}
    />
  );
}

export function Events() {
  return (
    <StageView
      endpoint="events"
      title="Events"
      intro="Who did what to whom, when: events merged across articles, with their actors and evidence."
      detail={(d) =>
        [
          `${nameOf(d.actor, '?')} → ${nameOf(d.target, '?')}`,
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
