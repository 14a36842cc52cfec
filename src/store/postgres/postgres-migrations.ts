// The PostgreSQL schema, as numbered migrations: the same logical schema as SQLite's, with jsonb for
// structured columns, a tsvector column under a GIN index for full text, and a job queue that workers
// claim with FOR UPDATE SKIP LOCKED.
import type { Migration } from '../migration.js';

export const postgresMigrations: Migration[] = [
  {
    version: 1,
    name: 'documents, layers, corpus items, full text, queue',
    sql: `
CREATE TABLE documents (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  content_hash text NOT NULL UNIQUE,
  source text NOT NULL,
  version_key text,
  version integer NOT NULL DEFAULT 1,
  previous_version text REFERENCES documents(id),
  title text,
  authors jsonb NOT NULL,
  published text,
  outlet text,
  genre text,
  syndicated_from text,
  language text,
  words integer NOT NULL,
  meta jsonb NOT NULL,
  text text NOT NULL,
  removed jsonb NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  tsv tsvector NOT NULL
);
CREATE UNIQUE INDEX documents_version ON documents (version_key, version) WHERE version_key IS NOT NULL;
CREATE INDEX documents_tsv ON documents USING gin (tsv);
CREATE TABLE raw_inputs (
  doc_id text PRIMARY KEY REFERENCES documents(id),
  source text NOT NULL,
  bytes bytea NOT NULL,
  sha256 text NOT NULL,
  fetched_at text NOT NULL,
  content_type text
);
CREATE TABLE layers (
  doc_id text NOT NULL REFERENCES documents(id),
  name text NOT NULL,
  spans jsonb NOT NULL,
  PRIMARY KEY (doc_id, name)
);
CREATE TABLE corpus_items (
  kind text NOT NULL,
  id text NOT NULL,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, id)
);
CREATE TABLE corpus_item_docs (
  kind text NOT NULL,
  id text NOT NULL,
  doc_id text NOT NULL,
  PRIMARY KEY (kind, id, doc_id)
);
CREATE INDEX corpus_item_docs_doc ON corpus_item_docs (doc_id, kind);
CREATE TABLE jobs (
  seq bigserial PRIMARY KEY,
  key text NOT NULL UNIQUE,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'queued',
  attempts integer NOT NULL DEFAULT 0,
  worker text,
  locked_until timestamptz,
  error text,
  doc_id text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_available ON jobs (seq) WHERE status IN ('queued', 'running');
`,
  },
  {
    version: 2,
    name: 'index for document id prefixes',
    sql: 'CREATE INDEX documents_id_prefix ON documents (id text_pattern_ops);',
  },
  {
    version: 3,
    name: 'indexes for listing documents by filter and page, and one layer across documents',
    // The same filters as SQLite's migration 2; dates compare in byte order, so that index is COLLATE "C".
    sql: `
CREATE INDEX documents_published ON documents ((published COLLATE "C"), seq);
CREATE INDEX documents_outlet ON documents (outlet, seq);
CREATE INDEX documents_genre ON documents (genre, seq);
CREATE INDEX documents_language ON documents (language, seq);
CREATE INDEX layers_name ON layers (name, doc_id);
`,
  },
];
