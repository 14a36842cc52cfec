// Load on the list endpoints of a running server with autocannon: requests per second and latency
// percentiles per endpoint, judged against the target (p99 under 50 ms at 1,000 requests/s or more). A
// benchmark, not a test: it prints figures and asserts nothing.
import { createRequire } from 'node:module';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  timeout?: number;
  requests?: { method: string; setupRequest?: (req: { path: string }) => { path: string } }[];
}) => Promise<AutocannonResult>;

export const TARGET = { reqPerSec: 1000, p99Ms: 50 };

export interface EndpointFigures {
  endpoint: string;
  /** The first request's time: it fills whatever the server caches for this endpoint. */
  firstMs: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  pass: boolean;
}

export interface Endpoint {
  name: string;
  /** Called for every request, so offsets and ids can vary. */
  path(i: number): string;
}

function loadAutocannon(): Autocannon {
  try {
    return createRequire(import.meta.url)('autocannon') as Autocannon;
  } catch {
    throw new Error(
      'autocannon is not installed (it is a devDependency): run `npm install` in the dossier folder',
    );
  }
}

export async function loadTest(
  baseUrl: string,
  endpoints: Endpoint[],
  opts: { connections: number; duration: number; firstTimeoutMs?: number },
  onRow?: (row: EndpointFigures) => void,
): Promise<EndpointFigures[]> {
  const autocannon = loadAutocannon();
  const out: EndpointFigures[] = [];
  for (const e of endpoints) {
    const t0 = performance.now();
    const first = await fetch(`${baseUrl}${e.path(0)}`, {
      signal: AbortSignal.timeout(opts.firstTimeoutMs ?? 120_000),
    })
      .then(async (r) => {
        await r.arrayBuffer();
        return r.ok;
      })
      .catch(() => false);
    const firstMs = Math.round(performance.now() - t0);
    let row: EndpointFigures;
    if (!first) {
      row = { endpoint: e.name, firstMs, reqPerSec: 0, p50: 0, p99: 0, max: 0, errors: 1, pass: false };
    } else {
      let i = 0;
      const r = await autocannon({
        url: baseUrl,
        connections: opts.connections,
        duration: opts.duration,
        timeout: 30,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: e.path(i++) }) }],
      });
      const reqPerSec = Math.round(r.requests.average);
      const errors = r.errors + r.non2xx + r.timeouts;
      row = {
        endpoint: e.name,
        firstMs,
        reqPerSec,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
        errors,
        pass: errors === 0 && reqPerSec >= TARGET.reqPerSec && r.latency.p99 < TARGET.p99Ms,
      };
    }
    out.push(row);
    onRow?.(row);
  }
  return out;
}

const COLUMNS: [string, number, (r: EndpointFigures) => string][] = [
  ['endpoint', -38, (r) => r.endpoint],
  ['req/s', 7, (r) => String(r.reqPerSec)],
  ['p50 ms', 7, (r) => String(r.p50)],
  ['p99 ms', 7, (r) => String(r.p99)],
  ['max ms', 7, (r) => String(r.max)],
  ['1st ms', 7, (r) => String(r.firstMs)],
  ['errors', 6, (r) => String(r.errors)],
  ['result', -6, (r) => (r.pass ? 'pass' : 'FAIL')],
];

const cell = (s: string, w: number) => (w < 0 ? s.padEnd(-w) : s.padStart(w));

export function tableHeader(): string {
  return COLUMNS.map(([h, w]) => cell(h, w)).join(' ');
}

export function tableRow(r: EndpointFigures): string {
  return COLUMNS.map(([, w, f]) => cell(f(r), w)).join(' ');
}
