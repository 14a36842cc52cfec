// The shape in which the API hands uploads and URLs to ingestion and gets per-input outcomes back. The
// serve command adapts the ingest domain function to it, so the API does not depend on ingest internals.
import type { InputBlob } from '../ingest/reader.js';

export interface IngestRequest {
  files: InputBlob[];
  urls: string[];
}

export interface IngestOutcome {
  input: string;
  status: 'added' | 'duplicate' | 'queued' | 'rejected';
  id?: string;
  code?: string;
  reason?: string;
}

export type IngestFn = (request: IngestRequest) => Promise<IngestOutcome[]>;
