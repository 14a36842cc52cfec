// Evidence links: every derived item points back to sentences in the reader. Items from later stages are
// read defensively — an `evidence` array of {docId, start, end, text}, or a single docId/start/end.
import type { Evidence } from '../api';
import { evidenceHref } from '../router';

export function evidenceOf(data: unknown): Evidence[] {
  if (typeof data !== 'object' || data === null) return [];
  const d = data as Record<string, unknown>;
  const list = Array.isArray(d.evidence) ? d.evidence : [d];
  return list.filter(
    (e): e is Evidence =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as Evidence).docId === 'string' &&
      typeof (e as Evidence).start === 'number' &&
      typeof (e as Evidence).end === 'number',
  );
}

export function EvidenceLinks({ data, max = 5 }: { data: unknown; max?: number }) {
  const ev = evidenceOf(data);
  if (ev.length === 0) return null;
  return (
    <ul class="evidence">
      {ev.slice(0, max).map((e) => (
        <li key={`${e.docId}:${e.start}`}>
          <a href={evidenceHref(e)} class="evidence-link">
            {e.text
              ? `“${e.text.length > 160 ? `${e.text.slice(0, 160)}…` : e.text}”`
              : `${e.docId} @${e.start}`}
          </a>
        </li>
      ))}
      {ev.length > max && <li class="muted">and {ev.length - max} more</li>}
    </ul>
  );
}

/** A readable title for an item whose shape belongs to another stage. */
export function itemTitle(data: unknown, fallback: string): string {
  if (typeof data !== 'object' || data === null) return fallback;
  const d = data as Record<string, unknown>;
  for (const k of ['text', 'label', 'name', 'title', 'summary'])
    if (typeof d[k] === 'string' && d[k]) return d[k] as string;
  return fallback;
}
