// Every API failure leaves as JSON `{error: {code, message}}` with a stable code, so a client can branch on
// the code and show the message. Domain errors (DossierError) keep their code; the HTTP status follows it.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DossierError, type ErrorCode } from '../errors.js';

/** Codes only the HTTP layer produces, beside the domain's ErrorCode. */
export type ApiErrorCode = ErrorCode | 'FORBIDDEN' | 'NOT_IMPLEMENTED' | 'INTERNAL';

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

const statusOf: Record<ApiErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
  EMPTY_INPUT: 422,
  BINARY_INPUT: 422,
  UNSUPPORTED_INPUT: 422,
  MALFORMED_INPUT: 422,
  NO_CONTENT: 422,
  PRIVATE_ADDRESS: 422,
  FETCH_FAILED: 502,
  NOT_IMPLEMENTED: 501,
  DATA_MISSING: 503,
  STORE_ERROR: 500,
  INTERNAL: 500,
};

/** Thrown by handlers for failures that exist only at the HTTP layer. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorResponse(c: Context, code: ApiErrorCode, message: string): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return c.json(body, statusOf[code]);
}

/** Hono's onError: known errors keep their code; anything else is logged and reported without internals. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError || err instanceof DossierError) return errorResponse(c, err.code, err.message);
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413)
      return errorResponse(c, 'TOO_LARGE', 'The request body is larger than this server accepts.');
    if (status === 401) return errorResponse(c, 'UNAUTHORIZED', err.message || 'Unauthorized.');
    if (status === 403) return errorResponse(c, 'FORBIDDEN', err.message || 'Forbidden.');
    if (status < 500) return errorResponse(c, 'BAD_REQUEST', err.message || 'Bad request.');
  }
  console.error('dossier api:', err);
  return errorResponse(c, 'INTERNAL', 'The server failed on this request; its log has the details.');
}
