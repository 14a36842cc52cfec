// The HTTP API: an app factory for tests and embedding, and a server that listens with the guards applied.
export type { ApiErrorBody, ApiErrorCode } from './api-error.js';
export { type ApiOptions, createApi } from './create-api.js';
export { ingestVia } from './ingest-adapter.js';
export type { IngestFn, IngestOutcome, IngestRequest } from './ingest-port.js';
export { isLoopbackHost } from './security.js';
export { checkExposure, type RunningServer, type ServerOptions, startServer } from './start-server.js';
