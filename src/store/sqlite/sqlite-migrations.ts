// The SQLite schema, as numbered migrations. Documents carry their metadata as columns (for listing)
// and as JSON (the full DocMeta); layers are one row per (document, layer) with the spans as JSON;
// corpus-level items (entities, timeline, claims…) are generic rows keyed by (kind, id).
import type { Migration } from '../migration.js';

export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'documents, layers, corpus items, full text, queue',
    sql: `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  version_key TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  previous_version TEXT REFERENCES documents(id),
  title TEXT,
  authors TEXT NOT NULL,
  published TEXT,
  outlet TEXT,
  genre TEXT,
  syndicated_from TEXT,
  language TEXT,
  words INTEGER NOT NULL,
  meta TEXT NOT NULL,
  text TEXT NOT NULL,
  removed TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_version ON documents(version_key, version) WHERE version_key IS NOT NULL;
CREATE TABLE raw_inputs (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id),
  source TEXT NOT NULL,
  bytes BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  content_type TEXT
);
CREATE TABLE layers (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  name TEXT NOT NULL,
  spans TEXT NOT NULL,
  PRIMARY KEY (doc_id, name)
) WITHOUT ROWID;
CREATE TABLE corpus_items (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  data TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE TABLE corpus_item_docs (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  PRIMARY KEY (kind, id, doc_id)
) WITHOUT ROWID;
CREATE INDEX corpus_item_docs_doc ON corpus_item_docs(doc_id, kind);
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE jobs (
  seq INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued',
  attempts INTEGER NOT NULL DEFAULT 0,
  worker TEXT,
  locked_until INTEGER,
  error TEXT,
  doc_id TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX jobs_available ON jobs(status, seq);
`,
  },
  {
    version: 2,
    name: 'indexes for listing documents by filter and page, and one layer across documents',
    // Each filter's index carries the other filter columns, so a filtered page is chosen from the index
    // alone; the index on seq alone lists them in order without reading rows, and the summary index holds a
    // page's summaries, so a page is read from a few index pages instead of one table row (and page) each.
    sql: `
CREATE INDEX documents_seq ON documents(seq);
CREATE INDEX documents_summary ON documents(seq, id, source, title, authors, published, outlet, genre, syndicated_from, language, words);
CREATE INDEX documents_published ON documents(published, outlet, genre, language);
CREATE INDEX documents_outlet ON documents(outlet, published, genre, language);
CREATE INDEX documents_genre ON documents(genre, published, outlet, language);
CREATE INDEX documents_language ON documents(language, published, outlet, genre);
CREATE INDEX layers_name ON layers(name, doc_id);
`,
  },
];
