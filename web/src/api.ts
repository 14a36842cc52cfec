// Typed calls to the Dossier API. Every failure becomes an ApiFailure carrying the server's code and message,
// which views show as they are.
export interface DocSummary {
  id: string;
  source: string;
  title: string | null;
  authors: string[];
  published: string | null;
  outlet: string | null;
  genre: string | null;
  syndicatedFrom: string | null;
  language: string | null;
  words: number;
}

export interface Span {
  start: number;
  end: number;
  label: string;
  prov: Record<string, unknown>;
  attrs?: Record<string, unknown>;
}

export interface RemovedBlock {
  text: string;
  reason: string;
  at: number;
}

export interface DocDetail extends DocSummary {
  text: string;
  removed: RemovedBlock[];
  layers: Record<string, Span[]>;
  meta: Record<string, unknown>;
  fetchedAt: string;
  addedAt: string;
}

export interface StageStatus {
  name: string;
  title?: string;
  available: boolean;
  note: string;
}

export interface StageList<T = unknown> {
  stage: StageStatus;
  items: { id: string; data: T; docIds?: string[] }[];
  limit: number;
  offset: number;
  hasMore: boolean;
}

export interface Overview {
  documents: number;
  words: number;
  undated: number;
  outlets: number;
  dateRange: { from: string | null; to: string | null };
  genres: Record<string, number>;
  languages: Record<string, number>;
  latest: DocSummary[];
  stages: StageStatus[];
}

export interface Outlet {
  name: string;
  documents: number;
  words: number;
  genres: Record<string, number>;
  syndicated: number;
  first: string | null;
  last: string | null;
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  docs: string[];
}

export interface Evidence {
  docId: string;
  start: number;
  end: number;
  text: string;
}

export interface IngestOutcome {
  input: string;
  status: 'added' | 'duplicate' | 'rejected';
  id?: string;
  code?: string;
  reason?: string;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code: string; message: string } } | null)?.error;
    throw new ApiFailure(
      res.status,
      err?.code ?? 'HTTP_ERROR',
      err?.message ?? `The server answered ${res.status}.`,
    );
  }
  return body as T;
}

export function getJson<T>(
  path: string,
  params: Record<string, string | number | undefined> = {},
): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const q = qs.toString();
  return fetch(`/api${path}${q ? `?${q}` : ''}`, { headers: { accept: 'application/json' } }).then(parse<T>);
}

function authHeaders(): Record<string, string> {
  const token = sessionStorage.getItem('dossier-token');
  return token ? { authorization: `Bearer ${token}` } : {};
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return fetch(`/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders() },
    body: JSON.stringify(body),
  }).then(parse<T>);
}

export function postForm<T>(path: string, form: FormData): Promise<T> {
  return fetch(`/api${path}`, { method: 'POST', headers: authHeaders(), body: form }).then(parse<T>);
}
