// One document as a line: title (or source), outlet, date, genre. Shared by lists, search and the overview.
import type { DocSummary } from '../api';
import { href } from '../router';

export function docTitle(d: { title: string | null; source?: string; id: string }): string {
  return d.title || d.source || d.id;
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
        {doc.outlet ?? 'unknown outlet'} · {doc.published ?? 'undated'}
        {doc.genre ? ` · ${doc.genre}` : ''}
        {doc.syndicatedFrom ? ` · via ${doc.syndicatedFrom}` : ''} · {doc.words} words
      </span>
    </div>
  );
}
