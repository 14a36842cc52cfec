import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipHead, isBlank, rejectUnreadable } from './sniff.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

function codeOf(head: Uint8Array, size = head.length): string | null {
  try {
    rejectUnreadable('input', head, size);
    return null;
  } catch (err) {
    return (err as { code: string }).code;
  }
}

describe('sniffing', () => {
  it('turns away empty, binary and unsupported inputs by their magic bytes', () => {
    expect(codeOf(bytes(), 0)).toBe('EMPTY_INPUT');
    expect(codeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a))).toBe('BINARY_INPUT');
    expect(codeOf(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('BINARY_INPUT');
    expect(codeOf(text('%PDF-1.7\n'))).toBe('UNSUPPORTED_INPUT');
    expect(codeOf(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toBe('UNSUPPORTED_INPUT');
    expect(codeOf(bytes(1, 2, 3, 0, 5, 6, 7, 8))).toBe('BINARY_INPUT');
  });

  it('lets text, UTF-16 with a BOM, gzip and WARC with binary payloads through', () => {
    expect(codeOf(text('<html><body><p>Hi</p></body></html>'))).toBeNull();
    expect(codeOf(bytes(0xff, 0xfe, 0x48, 0, 0x69, 0))).toBeNull();
    expect(codeOf(gzipSync('hello'))).toBeNull();
    expect(codeOf(new Uint8Array([...text('WARC/1.1\r\n'), 0, 0, 0x89, 0x50]))).toBeNull();
  });

  it('decompresses the head of a gzip stream even when it is cut short', () => {
    const gz = gzipSync(`WARC/1.0\r\n${'x'.repeat(100_000)}`);
    expect(new TextDecoder().decode(gunzipHead(gz.subarray(0, 200))).startsWith('WARC/1.0')).toBe(true);
  });

  it('counts whitespace-only input as blank', () => {
    expect(isBlank(text(' \n\t\r\n'))).toBe(true);
    expect(isBlank(text(' a '))).toBe(false);
  });
});
