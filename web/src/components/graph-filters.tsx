// The network's filters that the server applies: a time range and one source (an outlet, or an article
// without one). Kept in the address (#/network?from=…&to=…&source=…) so a filtered view can be linked to.
import { go, type Route } from '../router';

export interface GraphFilter {
  from?: string;
  to?: string;
  source?: string;
}

export interface SourceOption {
  key: string;
  name: string;
  documents: number;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function graphFilterOf(route: Route): GraphFilter {
  const date = (k: string) => {
    const v = route.params.get(k) ?? '';
    return DATE.test(v) ? v : undefined;
  };
  return { from: date('from'), to: date('to'), source: route.params.get('source') || undefined };
}

export function GraphFilters({ filter, sources }: { filter: GraphFilter; sources: SourceOption[] }) {
  const set = (patch: GraphFilter) => go('network', { ...filter, ...patch });
  const any = Boolean(filter.from || filter.to || filter.source);
  return (
    <>
      <label>
        From{' '}
        <input
          type="date"
          value={filter.from ?? ''}
          data-testid="network-from"
          onChange={(e) => set({ from: e.currentTarget.value || undefined })}
        />
      </label>{' '}
      <label>
        to{' '}
        <input
          type="date"
          value={filter.to ?? ''}
          data-testid="network-to"
          onChange={(e) => set({ to: e.currentTarget.value || undefined })}
        />
      </label>{' '}
      <label>
        Source{' '}
        <select
          value={filter.source ?? ''}
          data-testid="network-source"
          onChange={(e) => set({ source: e.currentTarget.value || undefined })}
        >
          <option value="">all sources</option>
          {sources.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name.length > 60 ? `${s.name.slice(0, 59)}…` : s.name} ({s.documents})
            </option>
          ))}
        </select>
      </label>{' '}
      {any && (
        <button type="button" onClick={() => go('network')}>
          Clear filters
        </button>
      )}
    </>
  );
}
