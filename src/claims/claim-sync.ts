// Claims for documents stored without them (ingested before the claim stage ran at ingest, or by a
// build that lacked it): each such document goes through the same ClaimStage, oldest first, and its
// writes are stored. A store whose documents all have claim records is left as it is.
import { applyCorpusWrite } from '../store/apply-corpus-write.js';
import type { Store } from '../store/store.js';
import { ClaimStage } from './claim-stage.js';
import { CLAIM_DOCS_KIND } from './claim-types.js';

/** Brings the claims up to date with the stored documents; returns how many documents it added. */
export async function syncClaims(store: Store): Promise<number> {
  const done = new Set((await store.listCorpusItems(CLAIM_DOCS_KIND)).map((i) => i.id));
  const missing: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.listDocuments({ limit: 500, offset });
    for (const d of page) if (!done.has(d.id)) missing.push(d.id);
    if (page.length < 500) break;
  }
  if (!missing.length) return 0;
  const stage = await ClaimStage.load(store);
  const docs = [];
  for (const id of missing) {
    const doc = await store.getDocument(id);
    if (doc) docs.push(doc);
  }
  docs.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  for (const doc of docs) for (const w of stage.plan(doc.id, doc)) await applyCorpusWrite(store, w);
  return docs.length;
}
