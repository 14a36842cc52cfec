// Bytes to text with the right character encoding, in the order browsers trust the evidence: a byte
// order mark, the HTTP Content-Type charset, a <meta charset> / http-equiv / XML declaration, then
// statistical detection (chardet) — so a windows-1251 page without any label still reads as Cyrillic.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type EncodingSource = 'bom' | 'http' | 'meta' | 'utf8' | 'detected' | 'default';

export interface Decoded {
  text: string;
  encoding: string;
  from: EncodingSource;
}

/** The `charset=` parameter of a Content-Type header, lower-cased, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return m ? m[1].toLowerCase() : null;
}

function bomEncoding(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Declared in the markup itself; only the first 4 KB are scanned, as browsers do (roughly). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i);
  if (xml) return xml[1].toLowerCase();
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = tag.match(/\bcharset\s*=\s*["']?([\w.:-]+)/i);
    if (direct) return direct[1].toLowerCase();
  }
  return null;
}

/** WHATWG quirks: a page cannot really be UTF-16 if its ASCII meta tag was readable; latin1 means 1252. */
function normalizeLabel(label: string, fromMarkup: boolean): string | null {
  let l = label.toLowerCase();
  if (fromMarkup && l.startsWith('utf-16')) l = 'utf-8';
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii') l = 'windows-1252';
  return iconv.encodingExists(l) ? l : null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

export function decodeText(bytes: Uint8Array, contentType: string | null = null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    return {
      text: decodeWith(bytes.subarray(bom.length), bom.encoding),
      encoding: bom.encoding,
      from: 'bom',
    };
  }
  const http = charsetOf(contentType);
  const fromHttp = http ? normalizeLabel(http, false) : null;
  if (fromHttp) return { text: decodeWith(bytes, fromHttp), encoding: fromHttp, from: 'http' };
  const meta = declaredCharset(bytes);
  const fromMeta = meta ? normalizeLabel(meta, true) : null;
  if (fromMeta) return { text: decodeWith(bytes, fromMeta), encoding: fromMeta, from: 'meta' };
  if (isUtf8(bytes)) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', from: 'utf8' };
  const guess = chardet.detect(bytes);
  const detected = guess ? normalizeLabel(guess, false) : null;
  if (detected) return { text: decodeWith(bytes, detected), encoding: detected, from: 'detected' };
  return { text: decodeWith(bytes, 'windows-1252'), encoding: 'windows-1252', from: 'default' };
}
