// `dossier serve`: the HTTP API and the web UI over the store. Loopback by default; listening anywhere else
// needs a token, which every write must then carry.
import type { Command } from 'commander';
import { ingestVia, startServer } from '../../api/index.js';
import { openStore } from '../../app.js';
import { DossierError } from '../../errors.js';
import { dbOption } from '../context.js';

interface ServeOptions {
  host: string;
  port: string;
  token?: string;
  cors?: string;
  maxUploadMb: string;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new DossierError('BAD_REQUEST', `--port ${value} is not a port number (0–65535).`);
  }
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API (OpenAPI at /api/openapi.json) and the web UI')
    .option('--host <host>', 'address to listen on; anything but loopback requires --token', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '7777')
    .option('--token <secret>', 'bearer token every write must carry (env DOSSIER_TOKEN)')
    .option('--cors <origin>', 'allow this one browser origin to call the API (no CORS otherwise)')
    .option('--max-upload-mb <n>', 'largest upload to POST /api/ingest, in MB', '64')
    .action(async (opts: ServeOptions, cmd: Command) => {
      const token = opts.token ?? process.env.DOSSIER_TOKEN ?? null;
      if (opts.cors && !/^https?:\/\/[^/]+$/.test(opts.cors)) {
        throw new DossierError(
          'BAD_REQUEST',
          `--cors ${opts.cors}: give an origin like https://example.org (no path).`,
        );
      }
      const maxUploadBytes = Math.round(Number(opts.maxUploadMb) * 1024 * 1024);
      if (!(maxUploadBytes > 0))
        throw new DossierError('BAD_REQUEST', '--max-upload-mb must be a positive number.');
      const store = await openStore(dbOption(cmd));
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({
          store,
          host: opts.host,
          port: port(opts.port),
          token,
          corsOrigin: opts.cors ?? null,
          maxUploadBytes,
          ingest: ingestVia(store),
        });
      } catch (err) {
        await store.close();
        throw err;
      }
      process.stderr.write(
        `dossier: serving ${server.url}/ (API: ${server.url}/api/openapi.json)${token ? ', writes need the token' : ''}; Ctrl-C stops\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await store.close();
    });
}
