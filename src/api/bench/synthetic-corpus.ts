// The corpus items the analysis stages would write for the synthetic articles (entities, timeline mentions,
// events, claims with their per-document records, stories), in the stages' own stored shapes, built from the
// facts each template recorded. Writing them in bulk lets the load test fill a 10,000-article store in
// seconds instead of running the full analysis for most of an hour.
import { createHash } from 'node:crypto';
import {
  CLAIM_DOCS_KIND,
  CLAIM_MENTIONS_KIND,
  CLAIMS_KIND,
  type ClaimDoc,
  type ClaimHeader,
  type DocClaimMention,
} from '../../claims/claim-types.js';
import type { DossierEvent, Participant } from '../../events/event.js';
import { EVENT_KIND } from '../../events/event-stage.js';
import type { Entity, Evidence } from '../../resolve/entity.js';
import { ENTITY_KIND } from '../../resolve/entity-stage.js';
import type { CorpusItem } from '../../store/store.js';
import type { Fingerprint } from '../../stories/near-duplicate.js';
import { STORY_DOC_KIND, STORY_KIND, type StoryDocItem, type StoryItem } from '../../stories/story-stage.js';
import { MENTIONS_KIND } from '../../time/timeline-store.js';
import type { Mention } from '../../time/timeline-types.js';
import { type Actor, type ArticleFacts, actorId } from './synthetic-docs.js';

export interface StoredArticle {
  id: string;
  text: string;
  outlet: string | null;
  published: string | null;
  facts: ArticleFacts;
}

const prov = 'bench-synthetic';
const sha = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 16);

function participant(a: Actor): Participant {
  return { entityId: actorId(a), name: a.name, type: a.type };
}

/** Every corpus kind's items for the stored articles, keyed by kind. */
export function syntheticCorpus(articles: readonly StoredArticle[]): Map<string, CorpusItem[]> {
  const entities = new Map<string, Entity>();
  const events = new Map<string, DossierEvent>();
  const claims = new Map<number, ClaimHeader & { docIds: Set<string> }>();
  const claimMentions: CorpusItem[] = [];
  const stories = new Map<number, Exclude<StoryItem, { mergedInto: string }>>();
  const mentions: CorpusItem[] = [];
  const claimDocs: CorpusItem[] = [];
  const storyDocs: CorpusItem[] = [];
  for (const a of articles) {
    const ev = (p: { start: number; end: number }): Evidence => ({
      docId: a.id,
      start: p.start,
      end: p.end,
      text: a.text.slice(p.start, p.end),
    });
    for (const x of a.facts.actors) {
      const id = actorId(x.actor);
      let e = entities.get(id);
      if (!e) {
        e = { id, name: x.actor.name, type: x.actor.type, aliases: [], roles: [], mentions: {}, merges: [] };
        entities.set(id, e);
      }
      e.mentions[a.id] = (e.mentions[a.id] ?? 0) + 1;
    }
    const q = a.facts.quote;
    const speaker = entities.get(actorId(q.speaker))!;
    if (speaker.roles.length < 3 && !speaker.roles.some((r) => r.text === q.role))
      speaker.roles.push({ text: q.role, evidence: ev(q) });
    const origin = {
      key: `outlet:${a.outlet ?? a.id}`,
      kind: 'original' as const,
      copyOf: null,
      outlet: a.outlet,
      reason: prov,
    };
    const fingerprint: Fingerprint = { docId: a.id, signature: [], shingles: 0, origin };
    const e = a.facts.event;
    const month = a.published?.slice(0, 7) ?? null;
    const key = `${e.verb.code}|${e.actor.index}|${e.target.index}|${month}`;
    let event = events.get(key);
    if (!event) {
      event = {
        id: `bench-ev-${sha(key)}`,
        code: e.verb.code,
        type: e.verb.type,
        label: `${e.actor.name} ${e.verb.verb} ${e.target.name}`,
        sub: null,
        goldstein: e.verb.type === 'praise' || e.verb.type === 'consult' ? 3 : -4,
        actor: participant(e.actor),
        target: participant(e.target),
        modality: 'asserted',
        time: month,
        place: null,
        patterns: [prov],
        evidence: [],
      };
      events.set(key, event);
    }
    event.evidence.push(ev(e));
    if (a.published) {
      const end = new Date(Date.parse(a.published) + 86_400_000).toISOString().slice(0, 10);
      const m: Mention = {
        id: `${a.id}:m0`,
        docId: a.id,
        value: a.published,
        start: a.published,
        end,
        granularity: 'day',
        timeSource: 'explicit',
        label: event.label,
        actors: [e.actor.name, e.target.name],
        actorKeys: [e.actor.name.toLowerCase(), e.target.name.toLowerCase()],
        terms: [e.verb.type],
        evidence: ev(e),
        reportTime: a.published,
        rule: prov,
      };
      mentions.push({ id: a.id, data: [m], docIds: [a.id] });
    }
    const docMentions: DocClaimMention[] = [];
    for (const c of a.facts.claims) {
      const claimId = `bench-claim-${c.claim}`;
      let claim = claims.get(c.claim);
      if (!claim) {
        claim = { id: claimId, first: { docId: a.id, start: c.start }, docIds: new Set() };
        claims.set(c.claim, claim);
      }
      claim.docIds.add(a.id);
      const text = a.text.slice(c.start, c.end);
      docMentions.push({
        ...ev(c),
        claimId,
        subject: null,
        predicate: 'move',
        verb: 'moved',
        object: null,
        entities: [],
        values: [],
        times: [],
        claimant: null,
        modality: 'asserted',
        cues: [],
        negated: false,
        words: text.toLowerCase().split(/\W+/).filter(Boolean),
        origin: origin.key,
        originName: a.outlet ?? a.id,
      });
    }
    claimMentions.push({ id: a.id, data: docMentions, docIds: [a.id] });
    const claimDoc: ClaimDoc = {
      docId: a.id,
      outlet: a.outlet,
      syndicatedFrom: null,
      fingerprint,
      reprintOf: null,
      origin: origin.key,
      originName: a.outlet ?? a.id,
      entityIds: a.facts.actors.map((x) => actorId(x.actor)),
    };
    claimDocs.push({ id: a.id, data: claimDoc, docIds: [a.id] });
    let story = stories.get(a.facts.story);
    if (!story) {
      story = {
        id: `bench-story-${a.facts.story}`,
        docIds: [],
        centroid: {},
        first: null,
        last: null,
        title: null,
      };
      stories.set(a.facts.story, story);
    }
    story.docIds.push(a.id);
    story.title ??= event.label;
    if (a.published && (!story.first || a.published < story.first)) story.first = a.published;
    if (a.published && (!story.last || a.published > story.last)) story.last = a.published;
    const storyDoc: StoryDocItem = { docId: a.id, features: {}, published: a.published, fingerprint };
    storyDocs.push({ id: a.id, data: storyDoc, docIds: [a.id] });
  }
  for (const e of entities.values()) e.aliases = [e.name];
  const withDocs = <T extends { id: string }>(items: Iterable<T>, docs: (x: T) => string[]): CorpusItem[] =>
    [...items].map((x) => ({ id: x.id, data: x, docIds: [...new Set(docs(x))] }));
  return new Map([
    [ENTITY_KIND, withDocs(entities.values(), (x) => Object.keys(x.mentions))],
    [EVENT_KIND, withDocs(events.values(), (x) => x.evidence.map((v) => v.docId))],
    [MENTIONS_KIND, mentions],
    [
      CLAIMS_KIND,
      [...claims.values()].map(({ docIds, ...h }) => ({ id: h.id, data: h, docIds: [...docIds] })),
    ],
    [CLAIM_MENTIONS_KIND, claimMentions],
    [CLAIM_DOCS_KIND, claimDocs],
    [STORY_KIND, withDocs(stories.values(), (x) => x.docIds)],
    [STORY_DOC_KIND, storyDocs],
  ]);
}
