// `dossier claims` and the API read claims through here: stored claims (brought up to date with the
// stored documents first) as views with status, reason, origins and evidence, filtered by status.
import type { Store } from '../store/store.js';
import { type ClaimStatus, type ClaimView, viewClaim } from './claim-status.js';
import { loadStoredClaims } from './claim-store.js';
import { syncClaims } from './claim-sync.js';

export type StatusFilter = 'corroborated' | 'contradicted' | 'single' | ClaimStatus;

export interface ClaimQuery {
  status?: StatusFilter;
  docId?: string;
}

const STATUS: Record<StatusFilter, ClaimStatus> = {
  corroborated: 'corroborated',
  contradicted: 'contradicted',
  single: 'single-source',
  'single-source': 'single-source',
};

export function parseStatus(s: string | undefined): StatusFilter | undefined {
  if (s === undefined) return undefined;
  if (s in STATUS) return s as StatusFilter;
  return undefined;
}

const ORDER: Record<ClaimStatus, number> = { contradicted: 0, corroborated: 1, 'single-source': 2 };

export async function listClaims(store: Store, query: ClaimQuery = {}): Promise<ClaimView[]> {
  await syncClaims(store);
  const items = await loadStoredClaims(store, query.docId ? { docId: query.docId } : {});
  const want = query.status ? STATUS[query.status] : null;
  return items
    .map((c) => viewClaim(c))
    .filter((c) => !want || c.status === want)
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        b.origins.length - a.origins.length ||
        b.evidence.length - a.evidence.length,
    );
}
