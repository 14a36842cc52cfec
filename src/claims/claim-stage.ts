// Claims as a corpus stage for the ingest transaction. plan() extracts one new document's claims,
// finds its origin (a reprint of an earlier article shares that article's origin), folds each
// mention into the claim it matches or opens a new one, and returns the writes: the claims it
// touched, the document's origin record and its change record for `dossier diff`. The stage keeps
// claims (held-claims.ts, within a budget) and, unless the caller supplies fingerprints, reprint
// signatures in memory across one run, so document N+1 costs its own comparisons only.
import { createHash } from 'node:crypto';
import type { Doc } from '../doc/index.js';
import { DossierError } from '../errors.js';
import type { CorpusWrite, Store } from '../store/store.js';
import { type Fingerprint, ReprintIndex } from '../stories/index.js';
import { ClaimFacts } from './claim-facts.js';
import { loadHeldClaims } from './claim-loader.js';
import { statusOf } from './claim-status.js';
import { claimWrites, loadStoredClaims } from './claim-store.js';
import {
  CLAIM_CHANGES_KIND,
  CLAIM_DOCS_KIND,
  type ClaimChanges,
  type ClaimDoc,
  type ClaimEntity,
  type ClaimMention,
  type DocClaimMention,
} from './claim-types.js';
import { extractClaims } from './extract-claims.js';
import { DEFAULT_MAX_WORDINGS, features, HeldClaims } from './held-claims.js';
import { StringPool } from './kept-wording.js';
import { matchMentions } from './match-claims.js';
import { articleOrigin, mentionOrigin } from './origin.js';
import { recentLast } from './recent-last.js';

/** How many of a claim's wordings a new mention is compared with. */
const COMPARE_PER_CLAIM = 8;
/** Candidates compared per mention, most shared features first: at 1,500 generated articles 98% of
 * matches were found among the first 16 (a bound on the cost of a mention in a large corpus). */
const MAX_CANDIDATES = 24;
/** The highest score matchMentions gives (1 + a share). */
const MAX_SCORE = 2;

function claimId(m: ClaimMention): string {
  return `c-${createHash('sha1').update(`${m.docId}:${m.start}:${m.end}`).digest('hex').slice(0, 12)}`;
}

/** A feature carried by more claims than this is looked up among the candidates the rarer ones found
 * (or, alone, among its most recent claims): a common name cannot make a mention cost the corpus. */
const MAX_POSTING_SCAN = 2000;
/** Documents' origin records read at a time on loading. */
const DOC_PAGE = 500;

export interface ClaimStageOptions {
  /** Keep every document's reprint fingerprint, so plan() can find a document's origin itself. A
   * caller that always passes the story stage's fingerprint (the ingest pipeline) sets this false:
   * the fingerprints are then held once, by the story stage. Default true. */
  reprints?: boolean;
  /** Kept wordings held for matching (held-claims.ts). */
  maxWordings?: number;
}

export class ClaimStage {
  private readonly pool = new StringPool();
  private readonly held: HeldClaims;
  private readonly reprints: ReprintIndex | null;
  private readonly knownEntities = new Set<string>();

  private constructor(options: ClaimStageOptions) {
    this.held = new HeldClaims(options.maxWordings ?? DEFAULT_MAX_WORDINGS);
    this.reprints = options.reprints === false ? null : new ReprintIndex();
  }

  static async load(store: Store, options: ClaimStageOptions = {}): Promise<ClaimStage> {
    const stage = new ClaimStage(options);
    const max = options.maxWordings ?? DEFAULT_MAX_WORDINGS;
    const loaded = await loadHeldClaims(store, stage.pool);
    if (loaded) {
      const ordered = await recentLast(
        store,
        loaded,
        max,
        (c) => c.facts.wordings.length,
        (c) => c.docIds,
      );
      for (const c of ordered) stage.hold(c.facts, c.features);
    } else {
      // Claim rows of an older layout carry their mentions: the claims are read whole.
      const stored = (await loadStoredClaims(store)).filter((c) => c.mentions.length);
      const ordered = await recentLast(
        store,
        stored,
        max,
        (c) => c.mentions.length,
        (c) => c.mentions.map((m) => m.docId),
      );
      for (const c of ordered) stage.hold(new ClaimFacts(c, stage.pool), c.mentions.flatMap(features));
    }
    // Page by page: each record carries a whole fingerprint, which only a stage keeping them needs.
    for (let offset = 0; ; offset += DOC_PAGE) {
      const page = await store.listCorpusItems<ClaimDoc>(CLAIM_DOCS_KIND, { limit: DOC_PAGE, offset });
      for (const d of page) stage.index(d.data);
      if (page.length < DOC_PAGE) break;
    }
    return stage;
  }

  private hold(facts: ClaimFacts, found: Iterable<string>): void {
    this.held.open(facts, found);
    this.held.evict();
  }

  /** How many claims, and how many of their wordings, the stage holds for matching. */
  get holding(): { claims: number; wordings: number; features: number } {
    return this.held.size;
  }

  /** `known`: the document's reprint fingerprint when the story stage already computed it. */
  plan(
    docId: string,
    doc: Pick<Doc, 'text' | 'meta' | 'removed' | 'layers'>,
    known?: Fingerprint,
  ): CorpusWrite[] {
    const fingerprint = known ?? this.register(docId, doc);
    if (known) this.reprints?.restore(known);
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
    const stored: DocClaimMention[] = [];
    const before = new Map<string, { status: string; range: string }>();
    const touched = new Map<string, ClaimFacts>();
    for (const m of mentions) {
      const hit = this.bestMatch(m);
      if (hit === null) {
        const facts = new ClaimFacts({ id: claimId(m), mentions: [m] }, this.pool);
        this.held.open(facts, features(m));
        touched.set(facts.id, facts);
        changes.newClaims.push(facts.id);
        stored.push({ ...m, claimId: facts.id });
        continue;
      }
      const facts = this.held.facts(hit);
      const id = facts.id;
      if (!before.has(id) && !changes.newClaims.includes(id))
        before.set(id, { status: facts.statusNow(), range: facts.rangeNow() });
      touched.set(id, facts);
      this.held.add(hit, m);
      stored.push({ ...m, claimId: id });
    }
    const own = (id: string) => stored.filter((m) => m.claimId === id);
    for (const [id, was] of before) this.recordChange(changes, touched.get(id)!, was, own(id));
    for (const id of changes.newClaims) this.recordSelfConflicts(changes, id, own(id));
    this.held.evict();
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
    for (const e of record.entityIds) this.knownEntities.add(e);
    return [
      ...claimWrites(docId, stored, new Set(changes.newClaims)),
      { kind: CLAIM_DOCS_KIND, items: [{ id: docId, data: record, docIds: [docId] }] },
      { kind: CLAIM_CHANGES_KIND, items: [{ id: docId, data: changes, docIds: [docId] }] },
    ];
  }

  private recordChange(
    changes: ClaimChanges,
    facts: ClaimFacts,
    was: { status: string; range: string },
    own: ClaimMention[],
  ): void {
    const id = facts.id;
    const now = facts.statusNow();
    if (now === 'contradicted' && was.status !== 'contradicted') changes.contradicted.push(id);
    else if (now === 'corroborated' && was.status === 'single-source') changes.corroborated.push(id);
    else changes.repeated.push(id);
    const range = facts.rangeNow();
    if (was.range && range !== was.range)
      changes.revised.push({ claimId: id, before: was.range, after: range });
    this.recordSelfConflicts(changes, id, own);
  }

  /** Pairs of this document's own mentions of one claim that disagree. */
  private recordSelfConflicts(changes: ClaimChanges, claimId: string, own: ClaimMention[]): void {
    if (own.length < 2) return;
    for (const c of statusOf(own).conflicts)
      if (
        !changes.selfContradictions.some(
          (s) => s.a.start === c.sides[0].start && s.b.start === c.sides[1].start,
        )
      )
        changes.selfContradictions.push({
          claimId,
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

  private register(docId: string, doc: Pick<Doc, 'text' | 'meta' | 'removed'>): Fingerprint {
    if (!this.reprints)
      throw new DossierError(
        'BAD_REQUEST',
        'this claim stage was loaded without reprint fingerprints: pass the story stage fingerprint to plan(), or load it with { reprints: true }',
      );
    return this.reprints.register(docId, doc);
  }

  /** The number of the held claim `m` matches best, or null. */
  private bestMatch(m: ClaimMention): number | null {
    const shared = new Map<number, number>();
    const postings = features(m)
      .map((f) => this.held.posting(f))
      .filter((p): p is Set<number> => !!p)
      .sort((a, b) => a.size - b.size);
    for (const posting of postings) {
      if (posting.size <= MAX_POSTING_SCAN) {
        for (const id of posting) shared.set(id, (shared.get(id) ?? 0) + 1);
      } else if (shared.size) {
        for (const [id, n] of shared) if (posting.has(id)) shared.set(id, n + 1);
      } else {
        for (const id of newest(posting, MAX_POSTING_SCAN)) shared.set(id, 1);
      }
    }
    // Claims sharing the most entities and figures first; a common name ("Russia") alone cannot flood it.
    let best: { n: number; score: number } | null = null;
    for (const n of mostShared(shared, MAX_CANDIDATES)) {
      const facts = this.held.facts(n);
      const wordings = facts.wordings;
      for (let i = 0; i < wordings.length && i < COMPARE_PER_CLAIM; i++) {
        const r = matchMentions(m, wordings[i]!);
        if (r && (!best || r.score > best.score)) best = { n, score: r.score };
        // Nothing beats the same wording or the same figure (scores reach at most 2), and a later
        // candidate must score higher to win: the search can stop.
        if (best && best.score >= MAX_SCORE) return best.n;
      }
    }
    return best?.n ?? null;
  }

  private index(d: ClaimDoc): void {
    for (const e of d.entityIds) this.knownEntities.add(e);
    this.reprints?.restore(d.fingerprint);
  }
}

/** The `n` ids sharing the most features, ties in the order they were found (as a stable sort would
 * give, without sorting thousands of candidates: counts are small integers). */
function mostShared(shared: Map<number, number>, n: number): number[] {
  const byCount: number[][] = [];
  for (const [id, count] of shared) {
    const ids = byCount[count];
    if (ids) ids.push(id);
    else byCount[count] = [id];
  }
  const out: number[] = [];
  for (let c = byCount.length - 1; c > 0 && out.length < n; c--)
    for (const id of byCount[c] ?? []) {
      out.push(id);
      if (out.length >= n) break;
    }
  return out;
}

/** The last `n` ids added to a posting (a Set keeps insertion order): the most recent claims. */
function newest(posting: Set<number>, n: number): number[] {
  const all = [...posting];
  return all.slice(Math.max(0, all.length - n));
}
