// `dossier diff <doc>`: what one document added to the dossier when it was ingested, read from the
// change record the claim stage wrote then — new claims, claims it corroborated or contradicted,
// figures it revised, entities first named by it, and contradictions within the article itself.
import type { Evidence } from '../resolve/entity.js';
import { resolveDocId } from '../store/resolve-doc-id.js';
import type { Store } from '../store/store.js';
import { type ClaimView, viewClaim } from './claim-status.js';
import { loadStoredClaims } from './claim-store.js';
import { syncClaims } from './claim-sync.js';
import { CLAIM_CHANGES_KIND, type ClaimChanges, type ClaimEntity } from './claim-types.js';

export interface DocDiff {
  docId: string;
  reprintOf: string | null;
  newClaims: ClaimView[];
  corroborated: ClaimView[];
  contradicted: ClaimView[];
  revised: { claim: ClaimView; before: string; after: string }[];
  /** How many existing claims the document only repeated. */
  repeated: number;
  newEntities: ClaimEntity[];
  selfContradictions: { claimId: string; reason: string; a: Evidence; b: Evidence }[];
}

export async function docDiff(store: Store, ref: string): Promise<DocDiff> {
  const docId = await resolveDocId(store, ref);
  await syncClaims(store);
  const record = await store.getCorpusItem<ClaimChanges>(CLAIM_CHANGES_KIND, docId);
  const changes: ClaimChanges = record?.data ?? {
    docId,
    newClaims: [],
    corroborated: [],
    contradicted: [],
    repeated: [],
    revised: [],
    newEntities: [],
    reprintOf: null,
    selfContradictions: [],
  };
  const ids = [
    ...new Set([
      ...changes.newClaims,
      ...changes.corroborated,
      ...changes.contradicted,
      ...changes.revised.map((r) => r.claimId),
    ]),
  ];
  const items = ids.length ? await loadStoredClaims(store, { ids }) : [];
  // Each claim is shown in this document's words, with the status it has now.
  const views = new Map(
    items.map((i) => {
      const v = viewClaim(i);
      return [i.id, { ...v, text: v.evidence.find((e) => e.docId === docId)?.text ?? v.text }];
    }),
  );
  const pick = (list: string[]) => list.flatMap((id) => (views.has(id) ? [views.get(id)!] : []));
  return {
    docId,
    reprintOf: changes.reprintOf,
    newClaims: pick(changes.newClaims),
    corroborated: pick(changes.corroborated),
    contradicted: pick(changes.contradicted),
    revised: changes.revised.flatMap((r) =>
      views.has(r.claimId) ? [{ claim: views.get(r.claimId)!, before: r.before, after: r.after }] : [],
    ),
    repeated: changes.repeated.length,
    newEntities: changes.newEntities,
    selfContradictions: changes.selfContradictions,
  };
}
