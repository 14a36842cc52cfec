// One document as a line: title (or source), outlet, date, genre. Shared by lists, search and the overview.
import type { DocSummary } from '../api';
import { href } from '../router';

export function docTitle(d: { title: string | null; source?: string; id: string }): string {
  return d.title || d.source || d.id;
}

/** A date as the article gave it: the day, plus the time of day when one was stated. */
export function fmtDate(iso: string | null): string {
  if (!iso) return 'undated';
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  return time && time !== '00:00' ? `${day} ${time}` : day;
}

export function DocLine({ doc, link = true }: { doc: DocSummary; link?: boolean }) {
  const title = docTitle(doc);
  return (
    <div class="docline">
      {link ? (
        <a href={href(`doc/${doc.id}`)} class="doctitle">
          {title}
        </a>
      ) : (
        <span class="doctitle">{title}</span>
      )}
      <span class="docmeta">
        {doc.outlet ?? 'unknown outlet'} · {fmtDate(doc.published)}
        {doc.genre ? ` · ${doc.genre}` : ''}
        {doc.syndicatedFrom ? ` · via ${doc.syndicatedFrom}` : ''} · {doc.words} words
      </span>
    </div>
  );
}
