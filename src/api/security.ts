// The server's guards, in one place: which hosts a request may name, who may write, and from which origin.
// Loopback binding plus a Host check stops DNS-rebinding pages from reading the dossier; the bearer token
// protects writes when the server listens beyond loopback; the Origin check stops cross-site form posts.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './api-error.js';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function hostnameOf(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.split(':')[0];
}

/** When the server listens on loopback only, a request naming another host came through DNS rebinding. */
export function loopbackHostGuard(): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host');
    if (host && !isLoopbackHost(hostnameOf(host))) {
      return errorResponse(
        c,
        'FORBIDDEN',
        `This server answers only to localhost, not to "${hostnameOf(host)}".`,
      );
    }
    await next();
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Every write needs `Authorization: Bearer <token>`; reads stay open. */
export function writeTokenGuard(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (WRITE_METHODS.has(c.req.method)) {
      const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
      if (!given || !sameSecret(given, token)) {
        c.header('WWW-Authenticate', 'Bearer');
        return errorResponse(
          c,
          'UNAUTHORIZED',
          'This server needs `Authorization: Bearer <token>` for writes.',
        );
      }
    }
    await next();
  };
}

/** A browser write must come from this server's own page (or the one origin allowed by --cors). */
export function writeOriginGuard(allowedOrigin: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (WRITE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const own = new URL(c.req.url).origin;
      const host = c.req.header('host');
      const ok =
        !origin ||
        origin === own ||
        origin === allowedOrigin ||
        (host !== undefined && origin.replace(/^https?:\/\//, '') === host);
      if (!ok) return errorResponse(c, 'FORBIDDEN', `Writes from ${origin} are not allowed.`);
    }
    await next();
  };
}

/** No inline scripts or styles, nothing from other origins: article text can never become active content. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
};
