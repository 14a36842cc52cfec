// Hash routing (#/docs, #/doc/<id>?start=..): the server serves one page, and links work without it.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?', 2);
  return {
    path: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(query),
  };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function href(path: string, params: Record<string, string | number | undefined> = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) qs.set(k, String(v));
  const q = qs.toString();
  return `#/${path}${q ? `?${q}` : ''}`;
}

export function go(path: string, params: Record<string, string | number | undefined> = {}): void {
  location.hash = href(path, params);
}

export function evidenceHref(e: { docId: string; start: number; end: number }): string {
  return href(`doc/${encodeURIComponent(e.docId)}`, { start: e.start, end: e.end });
}
