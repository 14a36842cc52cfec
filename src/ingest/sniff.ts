// Content sniffing before any reader runs: inputs that are empty, binary or of a format Dossier does
// not read are turned away here, each with its own code and a message that says what to do.
import { gunzipSync, constants as zlib } from 'node:zlib';
import { DossierError } from '../errors.js';

interface Magic {
  bytes: number[];
  kind: string;
}

/** File signatures of common non-text formats (from their published specifications). */
const binaryMagic: Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], kind: 'a RIFF (WebP/WAV/AVI) file' },
  { bytes: [0x42, 0x4d], kind: 'a BMP image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'an executable' },
  { bytes: [0x4d, 0x5a], kind: 'a Windows executable' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], kind: 'an SQLite database' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'a zstd archive' },
  { bytes: [0x42, 0x5a, 0x68], kind: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a], kind: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: 'a 7-Zip archive' },
];

const unsupportedMagic: { bytes: number[]; message: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], message: 'PDF is not supported; convert to text or HTML first' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    message:
      'ZIP archives (also .docx, .epub, .odt) are not supported; unpack or convert to text or HTML first',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    message: 'old Microsoft Office files are not supported; convert to text or HTML first',
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], message: 'RTF is not supported; convert to text or HTML first' },
];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return sig.every((x, i) => b[i] === x);
}

export function isGzip(b: Uint8Array): boolean {
  return b[0] === 0x1f && b[1] === 0x8b;
}

/** The first bytes of a gzip stream, decompressed as far as the given prefix allows (never throws on truncation). */
export function gunzipHead(b: Uint8Array): Uint8Array {
  try {
    return gunzipSync(b, { finishFlush: zlib.Z_SYNC_FLUSH });
  } catch {
    return new Uint8Array();
  }
}

/** Share of control bytes (other than tab/CR/LF/FF/ESC) in the head: text has next to none. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  if (n === 0) return false;
  // UTF-16 text has NULs in every other byte but starts with a BOM, which decodeText honours.
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
  }
  return control / n > 0.02;
}

/** Throws the DossierError that explains why `head` (the first bytes of `source`) cannot be read. */
export function rejectUnreadable(source: string, head: Uint8Array, size: number): void {
  if (size === 0 || head.length === 0) throw new DossierError('EMPTY_INPUT', `${source}: the input is empty`);
  for (const u of unsupportedMagic) {
    if (startsWith(head, u.bytes)) throw new DossierError('UNSUPPORTED_INPUT', `${source}: ${u.message}`);
  }
  for (const m of binaryMagic) {
    if (startsWith(head, m.bytes)) {
      throw new DossierError(
        'BINARY_INPUT',
        `${source}: this is ${m.kind}, not an article; give Dossier text, HTML, JSON, a feed or a WARC file`,
      );
    }
  }
  // A WARC holds binary payloads (images) between its text headers; its reader skips those records.
  if (!isGzip(head) && !isWarc(head) && looksBinary(head)) {
    throw new DossierError(
      'BINARY_INPUT',
      `${source}: binary data, not text; give Dossier text, HTML, JSON, a feed or a WARC file`,
    );
  }
}

export function isWarc(b: Uint8Array): boolean {
  return startsWith(b, [0x57, 0x41, 0x52, 0x43, 0x2f]);
}

/** Whitespace only (in any ASCII-compatible encoding) counts as empty. */
export function isBlank(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) return false;
  }
  return true;
}
