// A route is declared once, as data: method, path, zod schemas for its inputs and output, and a handler.
// createApi mounts it on Hono and openapi.ts describes it, so the OpenAPI document cannot drift from the code.
import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError } from './api-error.js';

export type Method = 'get' | 'post' | 'put' | 'delete';
type AnyObject = z.ZodObject<z.ZodRawShape>;
const none = z.object({});

export interface RouteSpec<Q extends AnyObject = AnyObject, P extends AnyObject = AnyObject> {
  method: Method;
  /** OpenAPI-style path: `/api/docs/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: Q;
  params?: P;
  /** Request body media types and, for JSON, its schema (validated by the handler that reads it). */
  body?: { json?: z.ZodType; multipart?: boolean };
  response: z.ZodType;
  /** Extra error statuses this route can answer with, for the OpenAPI document. */
  errors?: number[];
  handler(c: Context, input: { query: z.infer<Q>; params: z.infer<P> }): Promise<Response> | Response;
}

export function defineRoute<Q extends AnyObject = typeof none, P extends AnyObject = typeof none>(
  spec: RouteSpec<Q, P>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}

/** Parses input with a zod schema or throws a 400 that names the offending field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || where;
  throw new ApiError('BAD_REQUEST', `Invalid ${where} "${field}": ${issue?.message ?? 'not accepted'}.`);
}

/** Hono's path syntax for an OpenAPI-style path. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
