// Load on the list endpoints of a running server with autocannon: requests per second and latency
// percentiles per endpoint. A benchmark, not a test: it prints figures and asserts nothing.
import { createRequire } from 'node:module';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
}

type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  requests?: { method: string; setupRequest?: (req: { path: string }) => { path: string } }[];
}) => Promise<AutocannonResult>;

export interface EndpointFigures {
  endpoint: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
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
  opts: { connections: number; duration: number },
): Promise<EndpointFigures[]> {
  const autocannon = loadAutocannon();
  const out: EndpointFigures[] = [];
  for (const e of endpoints) {
    let i = 0;
    const r = await autocannon({
      url: baseUrl,
      connections: opts.connections,
      duration: opts.duration,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: e.path(i++) }) }],
    });
    out.push({
      endpoint: e.name,
      reqPerSec: Math.round(r.requests.average),
      p50: r.latency.p50,
      p99: r.latency.p99,
      max: r.latency.max,
      errors: r.errors + r.non2xx,
    });
  }
  return out;
}
