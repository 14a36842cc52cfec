// The views that list a later stage's items: quotes by speaker, events, stories.
import { href } from '../router';
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

interface StoryDoc {
  id: string;
  title: string | null;
  outlet: string | null;
}

export function Stories() {
  return (
    <StageView
      endpoint="stories"
      title="Stories"
      intro="Articles grouped by the happening they report; a reprint or a wire copy does not add an independent origin."
      detail={(d) => {
        const docs = (d.docs as StoryDoc[] | undefined) ?? [];
        return (
          <>
            {docs.length} articles · {String(d.origins ?? '?')} independent origins
            {d.first ? ` · ${String(d.first).slice(0, 10)} – ${String(d.last ?? '').slice(0, 10)}` : ''}
            <ul class="evidence">
              {docs.slice(0, 8).map((doc) => (
                <li key={doc.id}>
                  <a href={href(`doc/${doc.id}`)}>{doc.title ?? doc.id}</a>{' '}
                  <span class="muted">{doc.outlet ?? 'unknown outlet'}</span>
                </li>
              ))}
            </ul>
          </>
        );
      }}
    />
  );
}
