// Loading the claim stage without holding every stored mention at once: documents' mention rows are
// read page by page and each claim keeps, as they pass, only what the stage holds of it (its first
// 100 distinct wordings in the order readers list mentions, its origins, figures and features). The
// result is what ClaimFacts would build from the whole claim (claim-store.ts orders a claim's
// mentions: the one that opened it, then by document and offset), so a restart changes nothing.
import type { Store } from '../store/store.js';
import { ClaimFacts } from './claim-facts.js';
import { MAX_WORDINGS, rangeGroup } from './claim-status.js';
import {
  CLAIM_MENTIONS_KIND,
  CLAIMS_KIND,
  type ClaimHeader,
  type ClaimMention,
  type DocClaimMention,
} from './claim-types.js';
import { type FigureGroup, FigureRange } from './figure-range.js';
import { features } from './held-claims.js';
import { KeptWording, type StringPool, textHashes } from './kept-wording.js';
import { conflictOf, interval } from './match-claims.js';

const ROW_PAGE = 200;

/** A mention's place in a claim's list: the opening mention first, then by document and offset. */
interface Place {
  first: boolean;
  docId: string;
  start: number;
}

const before = (a: Place, b: Place) =>
  Number(b.first) - Number(a.first) || a.docId.localeCompare(b.docId) || a.start - b.start;

interface Gathered {
  first: string | null;
  opening: KeptWording | null;
  /** The earliest distinct wordings after the opening one, in order. */
  rest: { w: KeptWording; place: Place }[];
  origin: string | null;
  many: boolean;
  groups: Map<string, FigureGroup & { place: Place; index: number }>;
  features: Set<string>;
  mentions: number;
}

export interface LoadedClaim {
  facts: ClaimFacts;
  features: Set<string>;
  /** Documents it was linked to, for the budget's order (recent-last.ts). */
  docIds: string[];
}

/** The stored claims as the stage holds them, in stored order; null when some claim row still carries
 * its mentions itself (an older layout: the caller reads those claims whole). */
export async function loadHeldClaims(store: Store, pool: StringPool): Promise<LoadedClaim[] | null> {
  const headers = await store.listCorpusItems<ClaimHeader>(CLAIMS_KIND);
  if (headers.some((h) => h.data.mentions)) return null;
  const byId = new Map<string, Gathered>();
  for (const h of headers)
    byId.set(h.id, {
      first: h.data.first ? `${h.data.first.docId}:${h.data.first.start}` : null,
      opening: null,
      rest: [],
      origin: null,
      many: false,
      groups: new Map(),
      features: new Set(),
      mentions: 0,
    });
  for (let offset = 0; ; offset += ROW_PAGE) {
    const rows = await store.listCorpusItems<DocClaimMention[]>(CLAIM_MENTIONS_KIND, {
      limit: ROW_PAGE,
      offset,
    });
    for (const row of rows) {
      const seen = new Set<string>();
      for (const { claimId, ...m } of row.data) {
        const g = byId.get(claimId);
        const key = `${m.docId}:${m.start}`;
        if (!g || seen.has(`${claimId}|${key}`)) continue;
        seen.add(`${claimId}|${key}`);
        gather(g, m, { first: key === g.first, docId: m.docId, start: m.start }, pool);
      }
    }
    if (rows.length < ROW_PAGE) break;
  }
  const out: LoadedClaim[] = [];
  for (const h of headers) {
    const g = byId.get(h.id)!;
    byId.delete(h.id);
    if (!g.mentions) continue;
    out.push({ facts: finish(h.id, g, pool), features: g.features, docIds: h.docIds ?? [] });
  }
  return out;
}

function gather(g: Gathered, m: ClaimMention, place: Place, pool: StringPool): void {
  g.mentions++;
  if (g.origin === null) g.origin = pool.str(m.origin);
  else if (g.origin !== m.origin) g.many = true;
  for (const f of features(m)) g.features.add(f);
  m.values.forEach((v, index) => {
    const key = rangeGroup(v);
    if (key === null) return;
    const [lo, hi] = interval(v);
    const x = g.groups.get(key);
    if (!x) {
      g.groups.set(key, {
        key,
        kind: pool.str(v.kind),
        currency: pool.str(v.currency),
        unit: pool.str(v.unit),
        low: lo,
        high: Number.isFinite(hi) ? hi : null,
        place,
        index,
      });
      return;
    }
    x.low = Math.min(x.low, lo);
    x.high = x.high === null || !Number.isFinite(hi) ? null : Math.max(x.high, hi);
    const order = before(place, x.place) || index - x.index;
    if (order < 0) Object.assign(x, { place, index });
  });
  const hashes = textHashes(m.text);
  if (place.first) {
    g.opening = new KeptWording(m, hashes, pool);
    return;
  }
  const same = g.rest.findIndex((r) => r.w.hashA === hashes[0] && r.w.hashB === hashes[1]);
  if (same >= 0) {
    if (before(place, g.rest[same]!.place) >= 0) return;
    g.rest.splice(same, 1);
  }
  if (g.rest.length >= MAX_WORDINGS && before(place, g.rest[g.rest.length - 1]!.place) > 0) return;
  let at = g.rest.length;
  while (at > 0 && before(place, g.rest[at - 1]!.place) < 0) at--;
  g.rest.splice(at, 0, { w: new KeptWording(m, hashes, pool), place });
  if (g.rest.length > MAX_WORDINGS) g.rest.pop();
}

function finish(id: string, g: Gathered, pool: StringPool): ClaimFacts {
  const o = g.opening;
  const rest = g.rest.map((r) => r.w).filter((w) => !o || w.hashA !== o.hashA || w.hashB !== o.hashB);
  const wordings = (o ? [o, ...rest] : rest).slice(0, MAX_WORDINGS);
  let contradicted = false;
  for (let i = 0; i < wordings.length && !contradicted; i++)
    for (let j = i + 1; j < wordings.length; j++)
      if (conflictOf(wordings[i]!, wordings[j]!)) {
        contradicted = true;
        break;
      }
  const groups = [...g.groups.values()].sort((a, b) => before(a.place, b.place) || a.index - b.index);
  return ClaimFacts.restore(
    {
      id,
      status: contradicted ? 'contradicted' : g.many ? 'corroborated' : 'single-source',
      wordings,
      origin: g.origin,
      manyOrigins: g.many,
      figures: groups.length ? FigureRange.of(groups) : null,
    },
    pool,
  );
}
