// Load on the list endpoints of a running server with autocannon: requests per second and latency
// percentiles per endpoint, judged against the target (p99 under 50 ms at 1,000 requests/s or more). A
// benchmark, not a test: it prints figures and asserts nothing.
import { readFileSync } from 'node:fs';
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
  /** The server process's CPU time per request (user + system), when /proc shows it: what the endpoint costs
   * whatever else the machine is running, which req/s and latency on a shared machine do not tell. */
  cpuMsPerReq: number | null;
  pass: boolean;
}

/** CPU time a process has used, in ms, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name; in clock ticks (100/s).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
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

/** Waits (at most a minute) until the server answers at once again: requests a slow endpoint left queued
 * would otherwise count against the next endpoint's first request. */
async function drained(baseUrl: string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const t0 = performance.now();
    await fetch(`${baseUrl}/api/health`).then((r) => r.arrayBuffer());
    if (performance.now() - t0 < 50) return;
  }
}

export async function loadTest(
  baseUrl: string,
  endpoints: Endpoint[],
  opts: { connections: number; duration: number; firstTimeoutMs?: number; serverPid?: number },
  onRow?: (row: EndpointFigures) => void,
): Promise<EndpointFigures[]> {
  const autocannon = loadAutocannon();
  const out: EndpointFigures[] = [];
  // A new server process runs its code unoptimized at first: load it for a moment before measuring anything.
  if (endpoints.length) {
    let i = 0;
    await fetch(`${baseUrl}${endpoints[0].path(0)}`).then((r) => r.arrayBuffer());
    await autocannon({
      url: baseUrl,
      connections: opts.connections,
      duration: 2,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: endpoints[0].path(i++) }) }],
    });
  }
  for (const e of endpoints) {
    await drained(baseUrl);
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
      row = {
        endpoint: e.name,
        firstMs,
        reqPerSec: 0,
        p50: 0,
        p99: 0,
        max: 0,
        errors: 1,
        cpuMsPerReq: null,
        pass: false,
      };
    } else {
      let i = 0;
      const cpu0 = cpuMs(opts.serverPid);
      const r = await autocannon({
        url: baseUrl,
        connections: opts.connections,
        duration: opts.duration,
        timeout: 30,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: e.path(i++) }) }],
      });
      const reqPerSec = Math.round(r.requests.average);
      const errors = r.errors + r.non2xx + r.timeouts;
      const cpu1 = cpuMs(opts.serverPid);
      const cpuMsPerReq =
        cpu0 === null || cpu1 === null || r.requests.total === 0
          ? null
          : Math.round(((cpu1 - cpu0) / r.requests.total) * 100) / 100;
      row = {
        endpoint: e.name,
        firstMs,
        reqPerSec,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
        errors,
        cpuMsPerReq,
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
  ['cpu ms/req', 10, (r) => (r.cpuMsPerReq === null ? '-' : r.cpuMsPerReq.toFixed(2))],
  ['result', -6, (r) => (r.pass ? 'pass' : 'FAIL')],
];

const cell = (s: string, w: number) => (w < 0 ? s.padEnd(-w) : s.padStart(w));

export function tableHeader(): string {
  return COLUMNS.map(([h, w]) => cell(h, w)).join(' ');
}

export function tableRow(r: EndpointFigures): string {
  return COLUMNS.map(([, w, f]) => cell(f(r), w)).join(' ');
}
