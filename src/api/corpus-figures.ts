// The figures the overview and the sources view show: documents, outlets, genres, date range, latest articles,
// computed from the document summaries.
import type { DocSummary } from '../store/store.js';

export interface OutletFigures {
  name: string;
  documents: number;
  words: number;
  genres: Record<string, number>;
  syndicated: number;
  first: string | null;
  last: string | null;
}

export interface CorpusFigures {
  documents: number;
  words: number;
  undated: number;
  dateRange: { from: string | null; to: string | null };
  genres: Record<string, number>;
  languages: Record<string, number>;
  outlets: OutletFigures[];
  latest: DocSummary[];
}

function bump(map: Record<string, number>, key: string | null): void {
  const k = key ?? 'unknown';
  map[k] = (map[k] ?? 0) + 1;
}

export function computeFigures(summaries: Iterable<DocSummary>, latestCount = 8): CorpusFigures {
  const f: CorpusFigures = {
    documents: 0,
    words: 0,
    undated: 0,
    dateRange: { from: null, to: null },
    genres: {},
    languages: {},
    outlets: [],
    latest: [],
  };
  const outlets = new Map<string, OutletFigures>();
  const dated: DocSummary[] = [];
  for (const d of summaries) {
    f.documents++;
    f.words += d.words;
    bump(f.genres, d.genre);
    bump(f.languages, d.language);
    const name = d.outlet ?? 'unknown outlet';
    let o = outlets.get(name);
    if (!o) {
      o = { name, documents: 0, words: 0, genres: {}, syndicated: 0, first: null, last: null };
      outlets.set(name, o);
    }
    o.documents++;
    o.words += d.words;
    bump(o.genres, d.genre);
    if (d.syndicatedFrom) o.syndicated++;
    if (!d.published) {
      f.undated++;
      continue;
    }
    dated.push(d);
    if (!f.dateRange.from || d.published < f.dateRange.from) f.dateRange.from = d.published;
    if (!f.dateRange.to || d.published > f.dateRange.to) f.dateRange.to = d.published;
    if (!o.first || d.published < o.first) o.first = d.published;
    if (!o.last || d.published > o.last) o.last = d.published;
  }
  f.outlets = [...outlets.values()].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
  f.latest = dated.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')).slice(0, latestCount);
  return f;
}
