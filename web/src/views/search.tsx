// Full-text search results with their snippets; the store marks matches with [ and ], which become <mark>
// elements here (the snippet itself stays text).
import { getJson } from '../api';
import { Empty, Failure, Loading } from '../components/status';
import { useFetch } from '../lib/use-fetch';
import { href } from '../router';

interface Hit {
  id: string;
  title: string | null;
  snippet: string;
  score: number;
}

function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/g);
  return (
    <span class="snippet">
      {parts.map((p, i) =>
        p.startsWith('[') && p.endsWith(']') ? <mark key={i}>{p.slice(1, -1)}</mark> : p,
      )}
    </span>
  );
}

export function Search({ q }: { q: string }) {
  const { data, error } = useFetch(
    () => (q ? getJson<{ items: Hit[] }>('/search', { q, limit: 100 }) : Promise.resolve({ items: [] })),
    q,
  );
  if (!q)
    return (
      <Empty
        title="Search"
        note="Type words in the search box above and press Enter (or press / to focus it)."
      />
    );
  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="results" />;
  return (
    <div class="search">
      <h1>
        Search: <q>{q}</q> <span class="muted">({data.items.length})</span>
      </h1>
      {data.items.length === 0 && <p>No document contains these words.</p>}
      <ol class="hits">
        {data.items.map((h) => (
          <li key={h.id}>
            <a href={href(`doc/${h.id}`)} class="doctitle">
              {h.title ?? h.id}
            </a>
            <div>
              <Snippet text={h.snippet} />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
