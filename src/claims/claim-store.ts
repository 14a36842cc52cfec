// Claims as stored: a small row per claim, linked to the documents that mention it, and one row per
// document holding that document's mentions. Reading a claim gathers its mentions from the rows of
// the documents it is linked to; writing a document's claims touches only that document's row and the
// links, however many articles already repeat them.
import type { CorpusItem, CorpusWrite, Store } from '../store/store.js';
import {
  CLAIM_MENTIONS_KIND,
  CLAIMS_KIND,
  type ClaimHeader,
  type ClaimMention,
  type DocClaimMention,
  type StoredClaim,
} from './claim-types.js';

/** The stored claim row wins: it is written once; the write only adds the document's link. */
export function keepClaimHeader(stored: CorpusItem, incoming: CorpusItem): CorpusItem {
  return { ...stored, docIds: incoming.docIds };
}

/** The writes for one document: its claims' rows (new ones created, all linked to it) and its mentions. */
export function claimWrites(docId: string, mentions: DocClaimMention[], opened: Set<string>): CorpusWrite[] {
  const headers = new Map<string, ClaimHeader>();
  for (const m of mentions)
    if (!headers.has(m.claimId))
      headers.set(m.claimId, {
        id: m.claimId,
        ...(opened.has(m.claimId) ? { first: { docId, start: m.start } } : {}),
      });
  return [
    {
      kind: CLAIMS_KIND,
      items: [...headers.values()].map((h) => ({ id: h.id, data: h, docIds: [docId] })),
      merge: keepClaimHeader,
      links: 'add',
    },
    { kind: CLAIM_MENTIONS_KIND, items: [{ id: docId, data: mentions, docIds: [docId] }] },
  ];
}

const mentionKey = (m: Pick<ClaimMention, 'docId' | 'start'>) => `${m.docId}:${m.start}`;

/**
 * Stored claims with all their mentions: every claim, or those linked to `docId`, or those in `ids`.
 * Mentions come in a stable order: the one that opened the claim first, then by document and offset.
 */
export async function loadStoredClaims(
  store: Store,
  filter: { docId?: string; ids?: string[] } = {},
): Promise<StoredClaim[]> {
  const headers = await store.listCorpusItems<ClaimHeader>(CLAIMS_KIND, filter);
  if (!headers.length) return [];
  const whole = !filter.docId && !filter.ids;
  const docIds = [...new Set(headers.flatMap((h) => h.docIds ?? []))];
  const rows = whole
    ? await store.listCorpusItems<DocClaimMention[]>(CLAIM_MENTIONS_KIND)
    : docIds.length
      ? await store.listCorpusItems<DocClaimMention[]>(CLAIM_MENTIONS_KIND, { ids: docIds })
      : [];
  const byClaim = new Map<string, ClaimMention[]>();
  for (const row of rows)
    for (const { claimId, ...m } of row.data) {
      const list = byClaim.get(claimId);
      if (list) list.push(m);
      else byClaim.set(claimId, [m]);
    }
  return headers.map((h) => ({ id: h.id, mentions: ordered(h.data, byClaim.get(h.id) ?? []) }));
}

function ordered(header: ClaimHeader, fromRows: ClaimMention[]): ClaimMention[] {
  const seen = new Set<string>();
  const all: ClaimMention[] = [];
  for (const m of [...(header.mentions ?? []), ...fromRows])
    if (!seen.has(mentionKey(m))) {
      seen.add(mentionKey(m));
      all.push(m);
    }
  const first = header.first
    ? mentionKey(header.first)
    : header.mentions?.[0] && mentionKey(header.mentions[0]);
  return all.sort(
    (a, b) =>
      Number(mentionKey(b) === first) - Number(mentionKey(a) === first) ||
      a.docId.localeCompare(b.docId) ||
      a.start - b.start,
  );
}
