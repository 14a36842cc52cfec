// Fetches one URL for ingestion, safely: a timeout, a size cap, a redirect limit, a content-type check,
// a clear User-Agent, and no connection to a non-public address. The host is resolved once, the
// address checked, and the socket connects to exactly that address (a custom `lookup`), so a second
// DNS answer cannot rebind the request to the user's own network. Every redirect hop is checked again.
import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { DossierError, errorMessage } from '../../errors.js';
import { FETCH_TIMEOUT_MS, formatMb, MAX_REDIRECTS, USER_AGENT } from '../limits.js';
import type { InputBlob } from '../reader.js';
import { nonPublicReason } from './address-policy.js';

export interface FetchOptions {
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

interface Resolved {
  address: string;
  family: 4 | 6;
}

const refusedTypes = /^(?:image|audio|video|font)\//;

async function resolveChecked(url: URL, allowPrivate: boolean): Promise<Resolved> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let answers: Resolved[];
  if (isIP(host)) answers = [{ address: host, family: isIP(host) as 4 | 6 }];
  else {
    try {
      answers = (await dnsLookup(host, { all: true, verbatim: true })) as Resolved[];
    } catch (err) {
      throw new DossierError('FETCH_FAILED', `${url.href}: cannot resolve ${host} (${errorMessage(err)})`);
    }
  }
  if (allowPrivate) return answers[0];
  const ok = answers.find((a) => nonPublicReason(a.address) === null);
  if (ok) return ok;
  const first = answers[0];
  throw new DossierError(
    'PRIVATE_ADDRESS',
    `${url.href}: ${host} is ${first.address}, a ${nonPublicReason(first.address)} address; Dossier refuses to fetch from non-public networks (pass --allow-private to allow it)`,
  );
}

function pinnedLookup(target: Resolved): LookupFunction {
  return ((_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (options?.all) cb(null, [target]);
    else cb(null, target.address, target.family);
  }) as LookupFunction;
}

function request(url: URL, target: Resolved, signal: AbortSignal): Promise<IncomingMessage> {
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: 'GET',
        lookup: pinnedLookup(target),
        signal,
        headers: {
          'user-agent': USER_AGENT,
          accept:
            'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.8,text/*;q=0.7,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

function decoded(res: IncomingMessage): AsyncIterable<Uint8Array> {
  const enc = (res.headers['content-encoding'] ?? '').toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(createGunzip());
  if (enc === 'deflate') return res.pipe(createInflate());
  if (enc === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

async function readCapped(url: URL, res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new DossierError(
      'TOO_LARGE',
      `${url.href}: the response is larger than the ${formatMb(maxBytes)} cap; raise it with --max-size <MB>`,
    );
  if (Number(res.headers['content-length'] ?? 0) > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded(res)) {
    size += chunk.length;
    if (size > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    parts.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(parts));
}

function checkContentType(url: URL, contentType: string | null): void {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/pdf') {
    throw new DossierError(
      'UNSUPPORTED_INPUT',
      `${url.href}: PDF is not supported; convert to text or HTML first`,
    );
  }
  if (refusedTypes.test(type)) {
    throw new DossierError('BINARY_INPUT', `${url.href}: the server sends ${type}, not an article`);
  }
}

async function fetchHops(start: URL, opts: FetchOptions, signal: AbortSignal): Promise<InputBlob> {
  let url = start;
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new DossierError('UNSUPPORTED_INPUT', `${url.href}: only http and https URLs are fetched`);
    }
    const target = await resolveChecked(url, opts.allowPrivate);
    const res = await request(url, target, signal);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= (opts.maxRedirects ?? MAX_REDIRECTS)) {
        throw new DossierError(
          'FETCH_FAILED',
          `${start.href}: more than ${opts.maxRedirects ?? MAX_REDIRECTS} redirects`,
        );
      }
      url = new URL(res.headers.location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      const code = status === 404 || status === 410 ? 'NOT_FOUND' : 'FETCH_FAILED';
      throw new DossierError(
        code,
        `${url.href}: the server answered HTTP ${status} ${res.statusMessage ?? ''}`.trim(),
      );
    }
    const contentType = res.headers['content-type'] ?? null;
    checkContentType(url, contentType);
    const bytes = await readCapped(url, res, opts.maxBytes);
    return { source: url.href, bytes, fetchedAt: new Date().toISOString(), contentType, size: bytes.length };
  }
}

export async function fetchUrl(href: string, opts: FetchOptions): Promise<InputBlob> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new DossierError('BAD_REQUEST', `${href}: not a valid URL`);
  }
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetchHops(url, opts, controller.signal);
  } catch (err) {
    if (err instanceof DossierError) throw err;
    const why = controller.signal.aborted
      ? `no complete answer within ${timeoutMs / 1000} s`
      : errorMessage(err);
    throw new DossierError('FETCH_FAILED', `${href}: ${why}`);
  } finally {
    clearTimeout(timer);
  }
}
