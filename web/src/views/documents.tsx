// Documents: every stored article in a virtualized list (pages load as they scroll into view), with filters
// by outlet, genre and date. Arrow keys or j/k move, Enter opens the reader.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type DocSummary, getJson } from '../api';
import { DocLine } from '../components/doc-line';
import { Empty, Failure } from '../components/status';
import { VirtualList } from '../components/virtual-list';
import { go, href, type Route } from '../router';

const PAGE = 200;
type Filters = { outlet?: string; genre?: string; from?: string; to?: string };

export function Documents({ route }: { route: Route }) {
  const filters: Filters = {
    outlet: route.params.get('outlet') ?? undefined,
    genre: route.params.get('genre') ?? undefined,
    from: route.params.get('from') ?? undefined,
    to: route.params.get('to') ?? undefined,
  };
  const key = JSON.stringify(filters);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, DocSummary[] | 'loading'>());

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page)) return;
      pages.current.set(page, 'loading');
      getJson<{ items: DocSummary[]; total: number }>('/docs', {
        ...filters,
        limit: PAGE,
        offset: page * PAGE,
      }).then(
        (r) => {
          pages.current.set(page, r.items);
          setTotal(r.total);
          setVersion((v) => v + 1);
        },
        (e: Error) => setError(e),
      );
    },
    [key],
  );

  useEffect(() => {
    pages.current = new Map();
    setTotal(null);
    setError(null);
    load(0);
  }, [load]);

  const onRange = useCallback(
    (from: number, to: number) => {
      for (let p = Math.floor(from / PAGE); p <= Math.floor(Math.max(from, to - 1) / PAGE); p++) load(p);
    },
    [load],
  );

  const item = (i: number) => {
    const page = pages.current.get(Math.floor(i / PAGE));
    return Array.isArray(page) ? page[i % PAGE] : undefined;
  };

  const setFilter = (name: keyof Filters, value: string) =>
    go('docs', { ...filters, [name]: value || undefined });

  return (
    <div class="documents">
      <h1>Documents {total !== null && <span class="muted">({total.toLocaleString('en')})</span>}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Outlet{' '}
          <input value={filters.outlet ?? ''} onChange={(e) => setFilter('outlet', e.currentTarget.value)} />
        </label>
        <label>
          Genre{' '}
          <select value={filters.genre ?? ''} onChange={(e) => setFilter('genre', e.currentTarget.value)}>
            <option value="">any</option>
            {['report', 'analysis', 'opinion', 'blog'].map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
        </label>
        <label>
          From{' '}
          <input
            placeholder="YYYY-MM-DD"
            value={filters.from ?? ''}
            onChange={(e) => setFilter('from', e.currentTarget.value)}
          />
        </label>
        <label>
          To{' '}
          <input
            placeholder="YYYY-MM-DD"
            value={filters.to ?? ''}
            onChange={(e) => setFilter('to', e.currentTarget.value)}
          />
        </label>
        {key !== '{}' && <a href={href('docs')}>clear</a>}
      </form>
      {error && <Failure error={error} />}
      {total === 0 && (
        <Empty
          title="No documents"
          note={key === '{}' ? 'The store holds no documents yet.' : 'No document matches these filters.'}
        />
      )}
      {total !== null && total > 0 && (
        <VirtualList<DocSummary>
          label="Documents"
          count={total}
          rowHeight={58}
          item={item}
          onRange={onRange}
          onOpen={(d) => go(`doc/${d.id}`)}
          render={(d) => <DocLine doc={d} />}
        />
      )}
    </div>
  );
}
