// Errors a user can act on: a stable code for programs, a message that says what was wrong and what to do.

export type ErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'UNSUPPORTED_INPUT'
  | 'TOO_LARGE'
  | 'MALFORMED_INPUT'
  | 'NO_CONTENT'
  | 'NOT_FOUND'
  | 'FETCH_FAILED'
  | 'PRIVATE_ADDRESS'
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'STORE_ERROR'
  | 'DATA_MISSING';

export class DossierError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
