// The writes of one document (row, raw input, layers, corpus items) inside a caller's transaction.
// Uniqueness is enforced by the database (ON CONFLICT on unique keys), never by check-then-insert;
// versions of one URL are serialized by a transaction-scoped advisory lock on that URL.
import type pg from 'pg';
import type { Doc, Layers } from '../../doc/index.js';
import { documentValues, toRecord } from '../doc-record.js';
import { layerJson } from '../layer-json.js';
import { foldDiacritics } from '../search-text.js';
import type { AddOptions, AddResult, CorpusItem, CorpusWrite } from '../store.js';
import { storeJson } from '../store-json.js';

export async function writeDocument(c: pg.PoolClient, doc: Doc, options?: AddOptions): Promise<AddResult> {
  const r = toRecord(doc);
  let prev: { id: string; version: number } | undefined;
  if (r.versionKey) {
    await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [r.versionKey]);
    const res = await c.query<{ id: string; version: number }>(
      'SELECT id, version FROM documents WHERE version_key = $1 ORDER BY version DESC LIMIT 1',
      [r.versionKey],
    );
    prev = res.rows[0];
  }
  const searchable = foldDiacritics(`${r.title ?? ''}\n${r.text}`).toLowerCase();
  const ins = await c.query(
    `INSERT INTO documents (id, content_hash, source, version_key, version, previous_version, title, authors,
       published, outlet, genre, syndicated_from, language, words, meta, text, removed, tsv)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, to_tsvector('simple', $18))
     ON CONFLICT (content_hash) DO NOTHING RETURNING seq`,
    [...documentValues(r, prev), searchable],
  );
  if (ins.rowCount === 0) {
    const existing = await c.query<{ id: string }>('SELECT id FROM documents WHERE content_hash = $1', [
      r.contentHash,
    ]);
    return { status: 'duplicate', id: existing.rows[0]!.id };
  }
  await c.query(
    'INSERT INTO raw_inputs (doc_id, source, bytes, sha256, fetched_at, content_type) VALUES ($1, $2, $3, $4, $5, $6)',
    [r.id, r.source, Buffer.from(r.bytes), r.sha256, r.fetchedAt, r.contentType],
  );
  await writeLayers(c, r.id, r.text, doc.layers);
  for (const w of options?.corpus ?? []) await writeCorpus(c, w);
  return { status: 'added', id: r.id, previousVersion: prev?.id ?? null };
}

export async function writeLayers(c: pg.PoolClient, id: string, text: string, layers: Layers): Promise<void> {
  const names = Object.keys(layers).sort();
  if (names.length === 0) return;
  const spans = names.map((n) => layerJson(id, text, n, layers[n]!));
  await c.query(
    `INSERT INTO layers (doc_id, name, spans) SELECT $1, n, s::jsonb FROM unnest($2::text[], $3::text[]) AS t(n, s)
     ON CONFLICT (doc_id, name) DO UPDATE SET spans = excluded.spans`,
    [id, names, spans],
  );
}

/** Upserts items (sorted by id, so concurrent writers lock rows in one order and cannot deadlock). */
export async function writeCorpus(c: pg.PoolClient, w: CorpusWrite): Promise<string[]> {
  const byId = new Map(w.items.map((i) => [i.id, i]));
  const ids = [...byId.keys()].sort();
  if (ids.length === 0) return [];
  if (w.merge)
    return mergeCorpus(
      c,
      w,
      ids.map((id) => byId.get(id)!),
      w.merge,
    );
  const data = ids.map((id) => storeJson(byId.get(id)!.data));
  const conflict =
    w.onConflict === 'keep'
      ? 'DO NOTHING'
      : 'DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at';
  const res = await c.query<{ id: string }>(
    `INSERT INTO corpus_items (kind, id, data, updated_at)
     SELECT $1, i, d::jsonb, now() FROM unnest($2::text[], $3::text[]) AS t(i, d)
     ON CONFLICT (kind, id) ${conflict} RETURNING id`,
    [w.kind, ids, data],
  );
  const written = res.rows.map((r) => r.id).sort();
  // With 'keep' and links 'add', items left as stored still get their links (a link-only write).
  const linked = w.onConflict === 'keep' && w.links === 'add' ? ids : written;
  await relink(
    c,
    w,
    linked.map((id) => byId.get(id)!),
  );
  return written;
}

/**
 * Three statements per write, whatever its size: insert the new items, lock and read the stored ones
 * (in id order, like every writer, so two writers cannot deadlock), then update them with what
 * `merge` makes of both. Round trips, not rows, are what a worker waits on.
 */
async function mergeCorpus(
  c: pg.PoolClient,
  w: CorpusWrite,
  items: CorpusItem[],
  merge: NonNullable<CorpusWrite['merge']>,
): Promise<string[]> {
  const kind = w.kind;
  const ins = await c.query<{ id: string }>(
    `INSERT INTO corpus_items (kind, id, data, updated_at)
     SELECT $1, i, d::jsonb, now() FROM unnest($2::text[], $3::text[]) AS t(i, d)
     ON CONFLICT (kind, id) DO NOTHING RETURNING id`,
    [kind, items.map((i) => i.id), items.map((i) => storeJson(i.data))],
  );
  const fresh = new Set(ins.rows.map((r) => r.id));
  const existing = items.filter((i) => !fresh.has(i.id));
  const merged = new Map<string, CorpusItem>();
  if (existing.length) {
    // Lock first; links are read in a later statement, whose snapshot sees the last writer's commit.
    const cur = await c.query<{ id: string; data: unknown }>(
      'SELECT id, data FROM corpus_items WHERE kind = $1 AND id = ANY($2::text[]) ORDER BY id FOR UPDATE',
      [kind, existing.map((i) => i.id)],
    );
    const stored = new Map(cur.rows.map((r) => [r.id, r.data]));
    const links = w.links === 'add' ? null : await storedLinks(c, kind, existing);
    for (const item of existing) {
      const current = { id: item.id, data: stored.get(item.id), docIds: links?.get(item.id) ?? undefined };
      merged.set(item.id, { ...merge(current, item), id: item.id });
    }
    const updates = [...merged.values()];
    await c.query(
      `UPDATE corpus_items c SET data = t.d::jsonb, updated_at = now()
       FROM unnest($2::text[], $3::text[]) AS t(i, d) WHERE c.kind = $1 AND c.id = t.i`,
      [kind, updates.map((i) => i.id), updates.map((i) => storeJson(i.data))],
    );
  }
  const final = items.map((i) => merged.get(i.id) ?? i);
  await relink(c, w, final);
  return final.map((i) => i.id);
}

async function storedLinks(
  c: pg.PoolClient,
  kind: string,
  items: CorpusItem[],
): Promise<Map<string, string[]>> {
  const rows = await c.query<{ id: string; doc_id: string }>(
    'SELECT id, doc_id FROM corpus_item_docs WHERE kind = $1 AND id = ANY($2::text[]) ORDER BY id, doc_id',
    [kind, items.map((i) => i.id)],
  );
  const out = new Map<string, string[]>(items.map((i) => [i.id, []]));
  for (const r of rows.rows) out.get(r.id)!.push(r.doc_id);
  return out;
}

/** Links each item to its docIds, touching only links that change: re-writing every link of a popular
 * entity on each write would cost (and bloat) quadratically. 'set' also removes links not listed. */
async function relink(c: pg.PoolClient, w: CorpusWrite, items: CorpusItem[]): Promise<void> {
  if (items.length === 0) return;
  const linkIds: string[] = [];
  const linkDocs: string[] = [];
  for (const item of items) {
    for (const d of new Set(item.docIds ?? [])) {
      linkIds.push(item.id);
      linkDocs.push(d);
    }
  }
  if (w.links !== 'add') {
    await c.query(
      `DELETE FROM corpus_item_docs l
       WHERE l.kind = $1 AND l.id = ANY($2::text[])
         AND NOT EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS n(i, d) WHERE n.i = l.id AND n.d = l.doc_id)`,
      [w.kind, items.map((i) => i.id), linkIds, linkDocs],
    );
  }
  if (linkIds.length > 0) {
    await c.query(
      `INSERT INTO corpus_item_docs (kind, id, doc_id)
       SELECT $1, n.i, n.d FROM unnest($2::text[], $3::text[]) AS n(i, d)
       WHERE NOT EXISTS (SELECT 1 FROM corpus_item_docs l WHERE l.kind = $1 AND l.id = n.i AND l.doc_id = n.d)
       ON CONFLICT DO NOTHING`,
      [w.kind, linkIds, linkDocs],
    );
  }
}
