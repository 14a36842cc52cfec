// Every reader, in the order they are asked: the most specific sniffers first, plain text last.
import type { InputBlob, Reader } from '../reader.js';
import { feedReader } from './feed-reader.js';
import { htmlReader } from './html-reader.js';
import { jsonReader } from './json-reader.js';
import { jsonlReader } from './jsonl-reader.js';
import { textReader } from './text-reader.js';
import { warcReader } from './warc-reader.js';

export const readers = [
  warcReader,
  feedReader,
  jsonlReader,
  jsonReader,
  htmlReader,
  textReader,
] as const satisfies readonly Reader[];

export function pickReader(blob: InputBlob, head: string): Reader {
  return readers.find((r) => r.accepts(blob, head)) ?? textReader;
}

export { feedReader, htmlReader, jsonlReader, jsonReader, textReader, warcReader };
