// The article reader: the clean text only (never the raw HTML), rendered as text nodes, with annotation layers
// highlighted (entities, times, quotes, claims when present), the evidence span of a click-through marked and
// scrolled to, and the blocks cleaning removed shown collapsed in place with their reason.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type DocDetail, getJson, type Span } from '../api';
import { docTitle, fmtDate } from '../components/doc-line';
import { Failure, Loading } from '../components/status';
import { type Marked, segment } from '../lib/segments';
import { href, type Route } from '../router';

const EVIDENCE = '__evidence';
const preferred = ['entity-links', 'entities', 'timex', 'quotes', 'claims', 'events'];
const hidden = new Set(['tokens', 'sentences', 'segments']);

function layerClass(layer: string): string {
  if (layer === EVIDENCE) return 'l-evidence';
  if (layer.startsWith('entit')) return 'l-entity';
  if (layer.startsWith('timex') || layer === 'times') return 'l-time';
  if (layer.startsWith('quote')) return 'l-quote';
  if (layer.startsWith('claim')) return 'l-claim';
  return 'l-other';
}

function describe(m: Marked<Span>): string {
  const value = m.span.attrs?.value ?? m.span.attrs?.speaker ?? m.span.attrs?.entityId;
  return `${m.layer}: ${m.span.label}${value ? ` (${String(typeof value === 'object' ? JSON.stringify(value) : value)})` : ''}`;
}

export function Reader({ id, route }: { id: string; route: Route }) {
  const { data, error } = useDocument(id);
  const start = Number(route.params.get('start'));
  const end = Number(route.params.get('end'));
  const hasEvidence =
    Number.isInteger(start) && Number.isInteger(end) && end > start && route.params.has('start');
  const [shown, setShown] = useState<string[] | null>(null);

  const layerNames = data ? Object.keys(data.layers).filter((l) => data.layers[l].length > 0) : [];
  const active =
    shown ??
    (() => {
      const pick = preferred.filter((l) => layerNames.includes(l));
      return pick.includes('entity-links') ? pick.filter((l) => l !== 'entities') : pick;
    })();

  const pieces = useMemo(() => {
    if (!data) return [];
    const layers = hasEvidence
      ? { ...data.layers, [EVIDENCE]: [{ start, end, label: 'evidence', prov: {} }] }
      : data.layers;
    return segment(data.text, layers, hasEvidence ? [...active, EVIDENCE] : active, data.removed);
  }, [data, active.join(','), hasEvidence, start, end]);

  useEffect(() => {
    if (hasEvidence && data) document.querySelector('.l-evidence')?.scrollIntoView({ block: 'center' });
  }, [data, hasEvidence]);

  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="the article" />;
  const toggle = (l: string) => setShown(active.includes(l) ? active.filter((x) => x !== l) : [...active, l]);

  return (
    <article class="reader">
      <p class="crumbs">
        <a href={href('docs')}>Documents</a> ›
      </p>
      <h1>{docTitle(data)}</h1>
      <p class="docmeta" data-testid="reader-meta">
        {data.authors.length ? `${data.authors.join(', ')} · ` : ''}
        {data.outlet ? <a href={href('docs', { outlet: data.outlet })}>{data.outlet}</a> : 'unknown outlet'} ·{' '}
        {data.published ? fmtDate(data.published) : 'date unknown'}
        {data.genre ? ` · ${data.genre}` : ''}
        {data.syndicatedFrom ? ` · originally from ${data.syndicatedFrom}` : ''} · {data.words} words · id{' '}
        <code>{data.id}</code>
      </p>
      <p class="docmeta">Source: {data.source === '-' ? 'standard input' : data.source}</p>
      <fieldset class="layers">
        <legend>Highlight</legend>
        {layerNames.filter((l) => !hidden.has(l) || active.includes(l)).length === 0 && (
          <span class="muted">
            No annotation layers on this document yet (entities, times and quotes appear when those stages
            run).
          </span>
        )}
        {layerNames.map((l) => (
          <label key={l} class={hidden.has(l) && !active.includes(l) ? 'minor' : ''}>
            <input type="checkbox" checked={active.includes(l)} onChange={() => toggle(l)} />{' '}
            <span class={`swatch ${layerClass(l)}`} /> {l}{' '}
            <span class="muted">({data.layers[l].length})</span>
          </label>
        ))}
        {data.removed.length > 0 && (
          <span class="muted"> · {data.removed.length} removed blocks shown collapsed</span>
        )}
      </fieldset>
      <div class="text" data-testid="reader-text">
        {pieces.map((p) => {
          if (p.kind === 'removed') {
            return (
              <details key={`r${p.index}`} class="removed">
                <summary>removed: {p.block.reason}</summary>
                <div class="removed-text">{p.block.text}</div>
              </details>
            );
          }
          if (p.marks.length === 0) return p.text;
          const entity = p.marks.find((m) => typeof m.span.attrs?.entityId === 'string');
          const cls = [...new Set(p.marks.map((m) => layerClass(m.layer)))].join(' ');
          const title = p.marks
            .filter((m) => m.layer !== EVIDENCE)
            .map(describe)
            .join('\n');
          if (entity) {
            return (
              <a
                key={`t${p.start}`}
                class={`hl ${cls} link`}
                title={title}
                href={href(`entity/${String(entity.span.attrs!.entityId)}`)}
              >
                {p.text}
              </a>
            );
          }
          return (
            <mark key={`t${p.start}`} class={`hl ${cls}`} title={title}>
              {p.text}
            </mark>
          );
        })}
      </div>
    </article>
  );
}

function useDocument(id: string) {
  const [state, setState] = useState<{ data: DocDetail | null; error: Error | null }>({
    data: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    setState({ data: null, error: null });
    getJson<DocDetail>(`/docs/${encodeURIComponent(id)}`).then(
      (data) => live && setState({ data, error: null }),
      (error: Error) => live && setState({ data: null, error }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
