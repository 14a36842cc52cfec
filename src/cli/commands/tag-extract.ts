// `dossier tag extract <file|->`: cleaning on its own — an HTML page or a text/Markdown article (gzip
// accepted) in, the article body (or JSON with body, metadata and removed segments) out.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { cleanArticle } from '../../clean/clean-article.js';
import { DossierError } from '../../errors.js';
import { decodeText } from '../../ingest/decode-text.js';
import { makeRaw } from '../../ingest/raw-input.js';
import { isGzip } from '../../ingest/sniff.js';
import { printJson } from '../context.js';

const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/i;

function readInput(path: string): Uint8Array {
  try {
    const bytes = new Uint8Array(readFileSync(path === '-' ? 0 : path));
    return isGzip(bytes) ? new Uint8Array(gunzipSync(bytes)) : bytes;
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') {
      throw new DossierError(
        'NOT_FOUND',
        `${path}: no such file; give a path to an HTML or text file, or - for stdin`,
      );
    }
    throw err;
  }
}

export function addTagExtract(parent: Command): void {
  parent
    .command('extract')
    .description('Extract the article body and metadata from one HTML page or text file (gzip accepted)')
    .argument('<file>', 'path to the page or article, or - for stdin')
    .option('--format <format>', 'text (body only) or json ({body, metadata, removed})', 'text')
    .option('--url <url>', 'the page URL, used for the outlet and dates in the path')
    .action((file: string, opts: { format: string; url?: string }) => {
      if (opts.format !== 'text' && opts.format !== 'json') {
        throw new DossierError('BAD_REQUEST', `--format ${opts.format}: use text or json`);
      }
      const bytes = readInput(file);
      const { text } = decodeText(bytes);
      if (!text.trim()) throw new DossierError('EMPTY_INPUT', `${file}: the input is empty`);
      const isHtml = LOOKS_LIKE_HTML.test(text.slice(0, 2000));
      const raw = makeRaw(file, bytes, new Date().toISOString(), isHtml ? 'text/html' : 'text/plain');
      const hints = opts.url ? { url: opts.url } : {};
      const doc = cleanArticle({ raw, html: isHtml ? text : null, text: isHtml ? null : text, hints });
      if (opts.format === 'json') printJson({ body: doc.text, metadata: doc.meta, removed: doc.removed });
      else process.stdout.write(`${doc.text}\n`);
    });
}
