// The safety limits of ingestion in one place, so the CLI help, error messages and tests agree.

/** Largest single input (file, URL body, stdin, JSON line, WARC payload) read whole; raise with --max-size. */
export const DEFAULT_MAX_SIZE_MB = 50;

export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
export const USER_AGENT = 'Dossier/0.1 (+https://github.com/dossier/dossier; news-intelligence ingest)';

/** How many leading bytes are read to sniff an input's format before deciding how to read the rest. */
export const SNIFF_BYTES = 64 * 1024;

export function mbToBytes(mb: number): number {
  return Math.floor(mb * 1024 * 1024);
}

export function formatMb(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}
