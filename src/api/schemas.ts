// Zod schemas of what the API accepts and returns: query parsing and the OpenAPI document share them.
import { z } from 'zod';

export const errorSchema = z.object({
  error: z.object({ code: z.string().describe('Stable machine-readable code'), message: z.string() }),
});

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Items per page (1–500)'),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).describe('Items to skip'),
};

const genre = z.enum(['report', 'analysis', 'opinion', 'blog']);
export const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const docsQuery = z.object({
  ...pageQuery,
  outlet: z.string().min(1).max(200).optional().describe('Only documents from this outlet (exact name)'),
  genre: genre.optional(),
  language: z.string().min(2).max(12).optional(),
  from: isoDay.optional().describe('Published on or after this date'),
  to: isoDay.optional().describe('Published on or before this date (a month or year covers all of it)'),
  ids: z
    .string()
    .max(20_000)
    .regex(/^[0-9a-f]+(,[0-9a-f]+)*$/, 'expected comma-separated document ids')
    .optional()
    .describe('Only these documents (comma-separated ids), in the order given'),
});
export type DocsQuery = z.infer<typeof docsQuery>;

export const docSummarySchema = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  genre: genre.nullable(),
  syndicatedFrom: z.string().nullable(),
  language: z.string().nullable(),
  words: z.number(),
});

const spanSchema = z.object({
  start: z.number(),
  end: z.number(),
  label: z.string(),
  prov: z.record(z.string(), z.unknown()),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const docDetailSchema = docSummarySchema.extend({
  meta: z.record(z.string(), z.unknown()),
  text: z.string(),
  removed: z.array(z.object({ text: z.string(), reason: z.string(), at: z.number() })),
  layers: z.record(z.string(), z.array(spanSchema)),
  sha256: z.string(),
  contentHash: z.string(),
  fetchedAt: z.string(),
  addedAt: z.string(),
  previousVersion: z.string().nullable(),
});

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().describe('Items matching the filters'),
    limit: z.number(),
    offset: z.number(),
  });
}

export const searchQuery = z.object({
  q: z.string().trim().min(1, 'a search needs at least one character').max(500).describe('Words to look for'),
  ...pageQuery,
});

export const searchHitSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  snippet: z.string(),
  score: z.number(),
});

export const idParams = z.object({ id: z.string().min(1).max(200) });

export const ingestJson = z.object({
  urls: z
    .array(z.url({ protocol: /^https?$/ }))
    .min(1)
    .max(100)
    .describe('http(s) URLs of articles or feeds'),
});

export const ingestOutcomeSchema = z.object({
  input: z.string(),
  status: z.enum(['added', 'duplicate', 'queued', 'rejected']),
  id: z.string().optional(),
  code: z.string().optional(),
  reason: z.string().optional(),
});
