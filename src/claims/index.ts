// Claims across articles: extraction, matching, independent origins, status, and what each document changed.
export { claimantIn, documentAttributions } from './attribution.js';
export { type ClaimQuery, listClaims, parseStatus, type StatusFilter } from './claim-listing.js';
export { ClaimStage } from './claim-stage.js';
export { type ClaimStatus, type ClaimView, statusOf, viewClaim } from './claim-status.js';
export { claimWrites, loadStoredClaims } from './claim-store.js';
export { syncClaims } from './claim-sync.js';
export {
  CLAIM_CHANGES_KIND,
  CLAIM_DOCS_KIND,
  CLAIMS_KIND,
  type ClaimMention,
  type StoredClaim,
} from './claim-types.js';
export { type DocDiff, docDiff } from './doc-diff.js';
export { extractClaims } from './extract-claims.js';
export { readModality } from './modality.js';
