// Adding articles over HTTP: a multipart upload of files, or JSON {urls: [...]}. Each input gets its own
// outcome (added, duplicate or rejected with a reason), the same as `dossier ingest --json` prints.
import { z } from 'zod';
import type { InputBlob } from '../../ingest/reader.js';
import type { ApiContext } from '../api-context.js';
import { ApiError } from '../api-error.js';
import { defineRoute, parseInput, type RouteSpec } from '../route-spec.js';
import { ingestJson, ingestOutcomeSchema } from '../schemas.js';

const MAX_FILES = 200;

async function filesFrom(form: Record<string, unknown>): Promise<InputBlob[]> {
  const values = Object.values(form).flatMap((v) => (Array.isArray(v) ? v : [v]));
  const files = values.filter((v): v is File => v instanceof File);
  if (files.length === 0)
    throw new ApiError('BAD_REQUEST', 'The upload holds no files; send them as multipart form fields.');
  if (files.length > MAX_FILES)
    throw new ApiError('TOO_LARGE', `At most ${MAX_FILES} files per upload; send them in batches.`);
  const fetchedAt = new Date().toISOString();
  return Promise.all(
    files.map(async (f) => {
      const bytes = new Uint8Array(await f.arrayBuffer());
      return {
        source: f.name || 'upload',
        bytes,
        size: bytes.length,
        fetchedAt,
        contentType: f.type || null,
      };
    }),
  );
}

export function ingestRoutes({ ingest, figures, summaries }: ApiContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/ingest',
      tag: 'documents',
      summary: 'Add articles: upload files (multipart/form-data) or send {"urls": [...]} as JSON',
      description:
        'Files are read by the same readers as `dossier ingest` (HTML, text, JSON, feeds, WARC…). URLs are fetched ' +
        'under the same safety rules (no private addresses). The answer lists one outcome per input.',
      body: { json: ingestJson, multipart: true },
      response: z.object({ results: z.array(ingestOutcomeSchema) }),
      errors: [401, 403, 413, 501],
      async handler(c) {
        if (!ingest)
          throw new ApiError(
            'NOT_IMPLEMENTED',
            'Ingestion is not wired into this server; use `dossier ingest`.',
          );
        const type = c.req.header('content-type') ?? '';
        let request: { files: InputBlob[]; urls: string[] };
        if (type.startsWith('multipart/form-data')) {
          request = { files: await filesFrom(await c.req.parseBody({ all: true })), urls: [] };
        } else if (type.startsWith('application/json')) {
          const body = await c.req.json().catch(() => {
            throw new ApiError('BAD_REQUEST', 'The body is not valid JSON.');
          });
          request = { files: [], urls: parseInput(ingestJson, body, 'body').urls };
        } else {
          throw new ApiError(
            'BAD_REQUEST',
            'Send multipart/form-data with files, or application/json with {"urls": [...]}.',
          );
        }
        const results = await ingest(request);
        summaries.invalidate();
        figures.invalidate();
        return c.json({ results });
      },
    }),
  ];
}
