// The OpenAPI 3.1 document, generated from the route specs and their zod schemas (JSON Schema 2020-12,
// which OpenAPI 3.1 uses as is).
import { z } from 'zod';
import type { RouteSpec } from './route-spec.js';
import { errorSchema } from './schemas.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(spec: RouteSpec): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, obj] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!obj) continue;
    for (const [name, field] of Object.entries(obj.shape)) {
      const schema = field as z.ZodType;
      out.push({
        name,
        in: where,
        required: where === 'path' || !schema.safeParse(undefined).success,
        description: schema.description,
        schema: jsonSchema(schema, 'input'),
      });
    }
  }
  return out;
}

const statusText: Record<number, string> = {
  400: 'Invalid parameters or body',
  401: 'A write without the bearer token',
  403: 'A write from another origin',
  404: 'No such item',
  413: 'Body too large',
  501: 'The stage behind this endpoint is not part of this build',
};

function operation(spec: RouteSpec): JsonSchema {
  const responses: Record<string, JsonSchema> = {
    200: {
      description: 'OK',
      content: { 'application/json': { schema: jsonSchema(spec.response, 'output') } },
    },
  };
  const errorContent = { 'application/json': { schema: jsonSchema(errorSchema, 'output') } };
  for (const status of [400, ...(spec.errors ?? [])]) {
    responses[status] = { description: statusText[status] ?? 'Error', content: errorContent };
  }
  const op: JsonSchema = {
    operationId: `${spec.method}${spec.path.replace(/[^a-zA-Z]+(\w)?/g, (_, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
    tags: [spec.tag],
    summary: spec.summary,
    parameters: parameters(spec),
    responses,
  };
  if (spec.description) op.description = spec.description;
  if (spec.body) {
    const content: JsonSchema = {};
    if (spec.body.json) content['application/json'] = { schema: jsonSchema(spec.body.json, 'input') };
    if (spec.body.multipart) {
      content['multipart/form-data'] = {
        schema: {
          type: 'object',
          properties: {
            files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } },
          },
        },
      };
    }
    op.requestBody = { required: true, content };
  }
  if (spec.method !== 'get') op.security = [{ bearer: [] }, {}];
  return op;
}

export function buildOpenApi(specs: readonly RouteSpec[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of specs) {
    paths[spec.path] ??= {};
    paths[spec.path][spec.method] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier API',
      version,
      description:
        'Read the dossier (documents, search, and the corpus-level stages as they exist) and add articles. ' +
        'Writes need `Authorization: Bearer <token>` when the server was started with a token.',
    },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
