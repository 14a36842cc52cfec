// Listens with the API on a host and port. Refuses, before listening, to expose the dossier beyond loopback
// without a token: an open write endpoint on a network is how a dossier gets poisoned.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { DossierError } from '../errors.js';
import { type ApiOptions, createApi } from './create-api.js';
import { isLoopbackHost } from './security.js';

export interface ServerOptions extends Omit<ApiOptions, 'loopbackOnly'> {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export function checkExposure(host: string, token: string | null | undefined): void {
  if (!isLoopbackHost(host) && !token) {
    throw new DossierError(
      'UNAUTHORIZED',
      `Refusing to listen on ${host} without a token: anyone on the network could add or change documents. ` +
        'Pass --token <secret> (or set DOSSIER_TOKEN), or keep the default --host 127.0.0.1.',
    );
  }
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  checkExposure(host, options.token);
  const app = createApi({ ...options, loopbackOnly: isLoopbackHost(host) });
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 7777 }, () => resolveServer(s));
    s.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new DossierError('BAD_REQUEST', `Port ${options.port} is in use; pick another with --port.`)
          : err,
      ),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${port}`,
    host,
    port,
    close: () =>
      new Promise<void>((done, fail) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((err) => (err ? fail(err) : done()));
      }),
  };
}
