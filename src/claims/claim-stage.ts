// Claims as a corpus stage for the ingest transaction. plan() extracts one new document's claims,
// finds its origin (a reprint of an earlier article shares that article's origin), folds each
// mention into the claim it matches or opens a new one, and returns the writes: the claims it
// touched, the document's origin record and its change record for `dossier diff`. The stage keeps
// claims and signatures in memory across one run, so document N+1 costs its own comparisons only.
import { createHash } from 'node:crypto';
import type { Doc } from '../doc/index.js';
import type { CorpusWrite, Store } from '../store/store.js';
import { ReprintIndex } from '../stories/index.js';
import { type ClaimStatus, statusOf, valueRanges } from './claim-status.js';
import { claimWrites, loadStoredClaims } from './claim-store.js';
import {
  CLAIM_CHANGES_KIND,
  CLAIM_DOCS_KIND,
  type ClaimChanges,
  type ClaimDoc,
  type ClaimEntity,
  type ClaimMention,
  type DocClaimMention,
  type StoredClaim,
} from './claim-types.js';
import { extractClaims } from './extract-claims.js';
import { conflictBetween, matchMentions } from './match-claims.js';
import { articleOrigin, mentionOrigin } from './origin.js';

/** How many of a claim's wordings a new mention is compared with. */
const COMPARE_PER_CLAIM = 8;
const MAX_CANDIDATES = 64;

function claimId(m: ClaimMention): string {
  return `c-${createHash('sha1').update(`${m.docId}:${m.start}:${m.end}`).digest('hex').slice(0, 12)}`;
}

const rangeText = (c: StoredClaim) =>
  valueRanges(c.mentions)
    .map((r) => r.text)
    .join('; ');

export class ClaimStage {
  private readonly postings = new Map<string, Set<string>>();
  private readonly reprints = new ReprintIndex();
  private readonly knownEntities = new Set<string>();
  /** Each claim's status, kept up to date as mentions join, so a new mention costs one pass. */
  private readonly status = new Map<string, ClaimStatus>();

  private constructor(
    private readonly claims: Map<string, StoredClaim>,
    private readonly docs: Map<string, ClaimDoc>,
  ) {
    for (const c of claims.values()) for (const m of c.mentions) this.post(m, c.id);
    for (const d of docs.values()) this.index(d);
  }

  static async load(store: Store): Promise<ClaimStage> {
    const claims = await loadStoredClaims(store);
    const docs = await store.listCorpusItems<ClaimDoc>(CLAIM_DOCS_KIND);
    return new ClaimStage(new Map(claims.map((c) => [c.id, c])), new Map(docs.map((d) => [d.id, d.data])));
  }

  plan(docId: string, doc: Pick<Doc, 'text' | 'meta' | 'removed' | 'layers'>): CorpusWrite[] {
    const fingerprint = this.reprints.register(docId, doc);
    const reprintOf = fingerprint.origin.copyOf;
    const article = articleOrigin(docId, fingerprint.origin);
    const mentions = extractClaims(docId, doc).map((d): ClaimMention => {
      const o = mentionOrigin(article, d.claimant);
      return { ...d, origin: o.key, originName: o.name };
    });
    const changes: ClaimChanges = {
      docId,
      newClaims: [],
      corroborated: [],
      contradicted: [],
      repeated: [],
      revised: [],
      newEntities: [],
      reprintOf,
      selfContradictions: [],
    };
    const touched = new Map<string, StoredClaim>();
    const stored: DocClaimMention[] = [];
    const before = new Map<string, { status: string; range: string }>();
    for (const m of mentions) {
      const hit = this.bestMatch(m);
      if (!hit) {
        const claim: StoredClaim = { id: claimId(m), mentions: [m] };
        this.claims.set(claim.id, claim);
        touched.set(claim.id, claim);
        changes.newClaims.push(claim.id);
        stored.push({ ...m, claimId: claim.id });
        this.post(m, claim.id);
        continue;
      }
      if (!touched.has(hit.id) && !before.has(hit.id))
        before.set(hit.id, { status: this.statusNow(hit), range: rangeText(hit) });
      this.status.set(hit.id, this.statusAfter(hit, m));
      hit.mentions.push(m);
      touched.set(hit.id, hit);
      stored.push({ ...m, claimId: hit.id });
      this.post(m, hit.id);
    }
    for (const [id, was] of before) this.recordChange(changes, touched.get(id)!, was);
    for (const id of changes.newClaims) this.recordSelfConflicts(changes, touched.get(id)!);
    const entities = this.newEntities(doc);
    changes.newEntities = entities.fresh;
    const record: ClaimDoc = {
      docId,
      outlet: doc.meta.outlet,
      syndicatedFrom: doc.meta.syndicatedFrom,
      fingerprint,
      reprintOf,
      origin: article.key,
      originName: article.name,
      entityIds: entities.all,
    };
    this.docs.set(docId, record);
    for (const e of record.entityIds) this.knownEntities.add(e);
    return [
      ...claimWrites(docId, stored, new Set(changes.newClaims)),
      { kind: CLAIM_DOCS_KIND, items: [{ id: docId, data: record, docIds: [docId] }] },
      { kind: CLAIM_CHANGES_KIND, items: [{ id: docId, data: changes, docIds: [docId] }] },
    ];
  }

  private statusNow(claim: StoredClaim): ClaimStatus {
    const status = this.status.get(claim.id) ?? statusOf(claim.mentions).status;
    this.status.set(claim.id, status);
    return status;
  }

  /** The status once `m` joins: only the new mention is checked against the claim's wordings. */
  private statusAfter(claim: StoredClaim, m: ClaimMention): ClaimStatus {
    const was = this.statusNow(claim);
    if (was === 'contradicted') return was;
    const wordings = new Map(claim.mentions.map((x) => [x.text, x]));
    for (const x of wordings.values()) if (conflictBetween(m, x)) return 'contradicted';
    return new Set([...claim.mentions.map((x) => x.origin), m.origin]).size >= 2
      ? 'corroborated'
      : 'single-source';
  }

  private recordChange(
    changes: ClaimChanges,
    claim: StoredClaim,
    was: { status: string; range: string },
  ): void {
    const now = this.statusNow(claim);
    if (now === 'contradicted' && was.status !== 'contradicted') changes.contradicted.push(claim.id);
    else if (now === 'corroborated' && was.status === 'single-source') changes.corroborated.push(claim.id);
    else changes.repeated.push(claim.id);
    const range = rangeText(claim);
    if (was.range && range !== was.range)
      changes.revised.push({ claimId: claim.id, before: was.range, after: range });
    this.recordSelfConflicts(changes, claim);
  }

  private recordSelfConflicts(changes: ClaimChanges, claim: StoredClaim): void {
    const own = claim.mentions.filter((m) => m.docId === changes.docId);
    if (own.length < 2) return;
    for (const c of statusOf(own).conflicts)
      if (
        !changes.selfContradictions.some(
          (s) => s.a.start === c.sides[0].start && s.b.start === c.sides[1].start,
        )
      )
        changes.selfContradictions.push({
          claimId: claim.id,
          a: c.sides[0],
          b: c.sides[1],
          reason: c.reason,
        });
  }

  private newEntities(doc: Pick<Doc, 'text' | 'layers'>): { all: string[]; fresh: ClaimEntity[] } {
    const fresh = new Map<string, ClaimEntity>();
    const all = new Set<string>();
    for (const s of doc.layers['entity-links'] ?? []) {
      const id = s.attrs?.entityId;
      if (typeof id !== 'string') continue;
      all.add(id);
      if (!this.knownEntities.has(id) && !fresh.has(id))
        fresh.set(id, { id, name: doc.text.slice(s.start, s.end), type: s.label });
    }
    for (const id of all) this.knownEntities.add(id);
    return { all: [...all], fresh: [...fresh.values()] };
  }

  private bestMatch(m: ClaimMention): StoredClaim | null {
    const shared = new Map<string, number>();
    for (const f of features(m))
      for (const id of this.postings.get(f) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    // Claims sharing the most entities and figures first; a common name ("Russia") alone cannot flood it.
    const candidates = [...shared].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    let best: { claim: StoredClaim; score: number } | null = null;
    for (const [id] of candidates) {
      const claim = this.claims.get(id)!;
      for (const other of sample(claim.mentions)) {
        const r = matchMentions(m, other);
        if (r && (!best || r.score > best.score)) best = { claim, score: r.score };
      }
    }
    return best?.claim ?? null;
  }

  private index(d: ClaimDoc): void {
    for (const e of d.entityIds) this.knownEntities.add(e);
    this.reprints.restore(d.fingerprint);
  }

  private post(m: ClaimMention, id: string): void {
    for (const f of features(m)) {
      const set = this.postings.get(f) ?? new Set<string>();
      this.postings.set(f, set);
      set.add(id);
    }
  }
}

function features(m: ClaimMention): string[] {
  return [
    ...m.entities.map((e) => `e:${e.id}`),
    ...m.values.filter((v) => v.amount !== null).map((v) => `v:${v.kind}:${v.currency ?? v.unit ?? ''}`),
  ];
}

/** One mention per distinct wording (reprints repeat each other), up to the comparison budget. */
function sample(mentions: readonly ClaimMention[]): ClaimMention[] {
  const byText = new Map<string, ClaimMention>();
  for (const m of mentions) {
    if (!byText.has(m.text)) byText.set(m.text, m);
    if (byText.size >= COMPARE_PER_CLAIM) break;
  }
  return [...byText.values()];
}
