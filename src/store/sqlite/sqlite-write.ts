// The writes of one document (row, full-text entry, raw input, layers, corpus items); callers hold an
// IMMEDIATE transaction, so the version lookup and the insert see one consistent database and a
// failure anywhere rolls back everything. Uniqueness comes from ON CONFLICT on unique keys.
import type Database from 'better-sqlite3';
import type { Doc, Layers } from '../../doc/index.js';
import { documentValues, toRecord } from '../doc-record.js';
import { layerJson } from '../layer-json.js';
import type { AddOptions, AddResult, CorpusWrite } from '../store.js';
import { storeJson } from '../store-json.js';
import { statement } from './statement-cache.js';

type Db = Database.Database;

export function writeDocument(db: Db, doc: Doc, options?: AddOptions): AddResult {
  const r = toRecord(doc);
  const prev = r.versionKey
    ? (statement(
        db,
        'SELECT id, version FROM documents WHERE version_key = ? ORDER BY version DESC LIMIT 1',
      ).get(r.versionKey) as { id: string; version: number } | undefined)
    : undefined;
  const ins = statement(
    db,
    `INSERT INTO documents (id, content_hash, source, version_key, version, previous_version, title, authors,
         published, outlet, genre, syndicated_from, language, words, meta, text, removed, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (content_hash) DO NOTHING`,
  ).run(...documentValues(r, prev), new Date().toISOString());
  if (ins.changes === 0) {
    const existing = statement(db, 'SELECT id FROM documents WHERE content_hash = ?').get(r.contentHash) as {
      id: string;
    };
    return { status: 'duplicate', id: existing.id };
  }
  statement(db, 'INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(
    ins.lastInsertRowid,
    r.title ?? '',
    r.text,
  );
  statement(
    db,
    'INSERT INTO raw_inputs (doc_id, source, bytes, sha256, fetched_at, content_type) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(r.id, r.source, Buffer.from(r.bytes), r.sha256, r.fetchedAt, r.contentType);
  writeLayers(db, r.id, r.text, doc.layers);
  for (const w of options?.corpus ?? []) writeCorpus(db, w);
  return { status: 'added', id: r.id, previousVersion: prev?.id ?? null };
}

export function writeLayers(db: Db, id: string, text: string, layers: Layers): void {
  const put = statement(
    db,
    'INSERT INTO layers (doc_id, name, spans) VALUES (?, ?, ?) ON CONFLICT (doc_id, name) DO UPDATE SET spans = excluded.spans',
  );
  for (const name of Object.keys(layers).sort()) put.run(id, name, layerJson(id, text, name, layers[name]!));
}

/** Upserts items in id order; with `merge`, an existing item is combined with the incoming one. */
export function writeCorpus(db: Db, w: CorpusWrite): string[] {
  const byId = new Map(w.items.map((i) => [i.id, i]));
  const now = new Date().toISOString();
  const insert = statement(
    db,
    'INSERT INTO corpus_items (kind, id, data, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, id) DO NOTHING',
  );
  const update = statement(db, 'UPDATE corpus_items SET data = ?, updated_at = ? WHERE kind = ? AND id = ?');
  const stored = statement(
    db,
    w.links === 'add'
      ? 'SELECT data, NULL AS docs FROM corpus_items WHERE kind = ? AND id = ?'
      : `SELECT data, (SELECT json_group_array(doc_id) FROM (SELECT l.doc_id FROM corpus_item_docs l
       WHERE l.kind = c.kind AND l.id = c.id ORDER BY l.doc_id)) AS docs
     FROM corpus_items c WHERE kind = ? AND id = ?`,
  );
  // Only the links that change are touched (see postgres-write.ts for why).
  const unlink = statement(
    db,
    'DELETE FROM corpus_item_docs WHERE kind = ? AND id = ? AND doc_id NOT IN (SELECT value FROM json_each(?))',
  );
  const link = statement(
    db,
    'INSERT INTO corpus_item_docs (kind, id, doc_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const written: string[] = [];
  for (const id of [...byId.keys()].sort()) {
    let item = byId.get(id)!;
    if (insert.run(w.kind, id, storeJson(item.data), now).changes === 0) {
      if (w.merge) {
        const row = stored.get(w.kind, id) as { data: string; docs: string | null };
        const docIds = row.docs === null ? undefined : (JSON.parse(row.docs) as string[]);
        const current = { id, data: JSON.parse(row.data), docIds };
        item = { ...w.merge(current, item), id };
      } else if (w.onConflict === 'keep') {
        // The stored item stays; a link-only write still adds its links.
        if (w.links === 'add') for (const d of new Set(item.docIds ?? [])) link.run(w.kind, id, d);
        continue;
      }
      update.run(storeJson(item.data), now, w.kind, id);
    }
    written.push(id);
    const docs = [...new Set(item.docIds ?? [])];
    if (w.links !== 'add') unlink.run(w.kind, id, JSON.stringify(docs));
    for (const d of docs) link.run(w.kind, id, d);
  }
  return written;
}
