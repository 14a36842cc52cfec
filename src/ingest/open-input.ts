// Turns one file, URL or stdin into a blob and the reader for it. Only the first bytes are read to
// sniff the format; a streaming container (WARC, JSON Lines) is then read as a stream, anything else
// whole — and only after its size (from stat) is checked against the cap, so nothing huge is loaded.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { DossierError } from '../errors.js';
import type { InputRef } from './expand-inputs.js';
import { fetchUrl } from './fetch/fetch-url.js';
import { formatMb, SNIFF_BYTES } from './limits.js';
import type { InputBlob, Reader } from './reader.js';
import { pickReader } from './readers/index.js';
import { gunzipHead, isBlank, isGzip, rejectUnreadable } from './sniff.js';

export interface OpenOptions {
  allowPrivate: boolean;
  maxBytes: number;
  stdin?: AsyncIterable<Uint8Array>;
}

export interface Opened {
  blob: InputBlob;
  reader: Reader;
}

interface Source {
  source: string;
  head: Uint8Array;
  size: number;
  fetchedAt: string;
  contentType: string | null;
  readWhole(): Promise<Uint8Array>;
  stream?: () => Readable;
}

function headText(head: Uint8Array): string {
  const sample = head.subarray(0, 8192);
  if (sample[0] === 0xff && sample[1] === 0xfe) return new TextDecoder('utf-16le').decode(sample);
  if (sample[0] === 0xfe && sample[1] === 0xff) return new TextDecoder('utf-16be').decode(sample);
  return new TextDecoder('utf-8').decode(sample);
}

function tooLarge(source: string, size: number, maxBytes: number): DossierError {
  return new DossierError(
    'TOO_LARGE',
    `${source}: ${formatMb(size)} is above the ${formatMb(maxBytes)} cap for one input; raise it with --max-size <MB> (only WARC and JSON Lines files are streamed past it)`,
  );
}

function gunzipWhole(source: string, bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw tooLarge(source, maxBytes + 1, maxBytes);
    throw new DossierError(
      'MALFORMED_INPUT',
      `${source}: the gzip data is damaged (${(err as Error).message})`,
    );
  }
}

async function prepare(src: Source, maxBytes: number): Promise<Opened> {
  rejectUnreadable(src.source, src.head, src.size);
  if (isBlank(src.head) && src.size <= src.head.length) {
    throw new DossierError('EMPTY_INPUT', `${src.source}: the input holds only whitespace`);
  }
  const base = { source: src.source, fetchedAt: src.fetchedAt, contentType: src.contentType, size: src.size };
  let head = src.head;
  const gz = isGzip(head);
  if (gz) {
    head = gunzipHead(src.head);
    if (head.length === 0)
      throw new DossierError('MALFORMED_INPUT', `${src.source}: the gzip data is damaged`);
    // warcio inflates (multi-member) gzipped WARC itself, so a .warc.gz goes to it as it is.
    if (!headText(head).startsWith('WARC/')) rejectUnreadable(src.source, head, head.length);
  }
  const reader = pickReader({ ...base, bytes: head }, headText(head));
  if (reader.streaming && src.stream) {
    const raw = src.stream;
    const stream = gz && reader.name !== 'warc' ? () => gunzipStream(raw()) : raw;
    return { blob: { ...base, bytes: head, stream }, reader };
  }
  if (src.size > maxBytes) throw tooLarge(src.source, src.size, maxBytes);
  let bytes = await src.readWhole();
  if (gz && reader.name !== 'warc') bytes = gunzipWhole(src.source, bytes, maxBytes);
  return { blob: { ...base, bytes, size: bytes.length }, reader };
}

/** Decompresses a file stream; a read error of the file fails the decompressed stream too. */
function gunzipStream(file: Readable): Readable {
  const gunzip = createGunzip();
  file.on('error', (err) => gunzip.destroy(err));
  return file.pipe(gunzip);
}

async function readHead(path: string, size: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return new Uint8Array(buf.buffer, buf.byteOffset, bytesRead);
  } finally {
    await fh.close();
  }
}

async function fileSource(path: string): Promise<Source> {
  const s = await stat(path);
  return {
    source: path,
    head: await readHead(path, s.size),
    size: s.size,
    fetchedAt: new Date().toISOString(),
    contentType: null,
    readWhole: async () => new Uint8Array(await readFile(path)),
    stream: () => createReadStream(path, { highWaterMark: 1 << 20 }),
  };
}

async function readAllCapped(
  source: string,
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.length;
    if (size > maxBytes) throw tooLarge(source, size, maxBytes);
    parts.push(c);
  }
  return new Uint8Array(Buffer.concat(parts));
}

function wholeSource(blob: InputBlob): Source {
  const { source, bytes, fetchedAt, contentType } = blob;
  return {
    source,
    fetchedAt,
    contentType,
    head: bytes.subarray(0, SNIFF_BYTES),
    size: bytes.length,
    readWhole: async () => bytes,
  };
}

export async function openInput(ref: InputRef, opts: OpenOptions): Promise<Opened> {
  if (ref.kind === 'url') {
    const blob = await fetchUrl(ref.source, { allowPrivate: opts.allowPrivate, maxBytes: opts.maxBytes });
    return prepare(wholeSource(blob), opts.maxBytes);
  }
  if (ref.kind === 'stdin') {
    const bytes = await readAllCapped('-', opts.stdin ?? process.stdin, opts.maxBytes);
    return prepare(
      wholeSource({ source: '-', bytes, fetchedAt: new Date().toISOString(), contentType: null }),
      opts.maxBytes,
    );
  }
  return prepare(await fileSource(ref.source), opts.maxBytes);
}

/** Bytes already in hand (an upload): sniffed and checked like a file of that name. */
export function openBlob(blob: InputBlob, maxBytes: number): Promise<Opened> {
  return prepare(wholeSource(blob), maxBytes);
}
