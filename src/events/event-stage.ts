// The corpus-level event stage: extracts a document's event mentions from its sentences and resolved
// mentions, and merges each into a stored event of the same class, participants and modality whose
// time is compatible — the same day, a day within the same month, or no time given — so the same
// happening reported by five articles is one event with five pieces of evidence. A mention that lacks
// its actor ("Maduro was captured") joins the one event that has the same class and target. The stage
// holds a bounded number of events for matching (the least recently touched leave; see event-index.ts).
import { createHash } from 'node:crypto';
import type { Doc, Span } from '../doc/index.js';
import type { Entity } from '../resolve/entity.js';
import type { Store } from '../store/store.js';
import actors from './data/actors.json' with { type: 'json' };
import type { EventMention } from './event.js';
import { actorKind, DEFAULT_MAX_EVENTS, type EventHeader, EventIndex } from './event-index.js';
import { EVENT_KIND, loadEventHeaders, type PlannedEvent } from './event-store.js';
import { extractEvents } from './extract-events.js';
import { normalizeParticipant, sameSide } from './normalize-actors.js';
import { eventClasses } from './ontology.js';

export { EVENT_KIND };

function hashId(key: string): string {
  return `ev-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
}

const specificity = (t: string | null) => (t ? t.length : 0);

const givingClasses = new Set(actors.givingClasses);
const requestClasses = new Set(actors.requestClasses);
const stateActs = new Set(actors.stateActionClasses);
/** How many sentences after a request a participantless transfer may still answer it. */
const answerWindow = 2;

export function extractDocEvents(
  docId: string,
  doc: Doc,
  links: readonly Span[],
  entities: ReadonlyMap<string, Entity>,
): EventMention[] {
  const names = new Map([...entities].map(([id, e]) => [id, e.name]));
  const sentences = doc.layers.sentences ?? [
    { start: 0, end: doc.text.length, label: 'sentence', prov: { component: 'whole-text' } },
  ];
  const timex = doc.layers.timex ?? [];
  const out: EventMention[] = [];
  let request: { mention: EventMention; at: number } | null = null;
  sentences.forEach((sentence, at) => {
    const found = extractEvents({
      docId,
      text: doc.text,
      sentence,
      mentions: links,
      names,
      timex,
      keepBare: true,
    });
    for (const raw of found) {
      let m: EventMention = {
        ...raw,
        actor: normalizeParticipant(raw.actor, entities, 'actor', raw.code),
        target: normalizeParticipant(raw.target, entities, 'target', raw.code),
      };
      if (!m.actor && !m.target) {
        // "He asked Moscow for missiles. None were delivered.": a transfer naming no one, just after a
        // request, is the answer to it — from the one asked to the one asking.
        const r = request && at - request.at <= answerWindow && at > request.at ? request.mention : null;
        const namesSomeone = links.some((l) => l.start >= sentence.start && l.end <= sentence.end);
        if (!r || namesSomeone || !givingClasses.has(m.code)) continue;
        m = { ...m, actor: r.target, target: r.actor, pattern: `${m.pattern}:answers-request` };
      }
      if (m.actor && m.target && sameSide(m.actor, m.target, entities)) m = { ...m, target: null };
      if (!m.actor && !m.target) continue;
      if (requestClasses.has(m.code) && m.actor && m.target) request = { mention: m, at };
      out.push(m);
    }
  });
  return out;
}

export interface EventStageOptions {
  /** How many events the stage holds for matching (event-index.ts says what evicting one costs). */
  maxEvents?: number;
}

export class EventStage {
  private readonly index: EventIndex;

  private constructor(events: EventHeader[], maxEvents: number) {
    this.index = new EventIndex(maxEvents);
    for (const e of events) this.index.file(e);
  }

  static async load(store: Store, options: EventStageOptions = {}): Promise<EventStage> {
    const max = options.maxEvents ?? DEFAULT_MAX_EVENTS;
    return new EventStage(await loadEventHeaders(store, max), max);
  }

  /** How many events the stage holds. */
  get held(): number {
    return this.index.size;
  }

  private match(m: EventMention): EventHeader | null {
    const same = this.index.sameActor(m);
    if (same) return same;
    // A person and a state doing one state act to one target at a compatible time are one act, the
    // person ordering it and the state carrying it out ("Trump ousted Maduro", "US forces captured him").
    const kind = actorKind(m.actor);
    const partner = kind === 'PERSON' ? 'GPE' : kind === 'GPE' ? 'PERSON' : null;
    if (partner && stateActs.has(m.code)) {
      const paired = this.index.only(m, [partner]);
      if (paired) return paired;
    }
    // An actor fills the single actorless event; an actorless mention ("Maduro was captured") joins
    // the single event that names an actor (an actorless event would have been its same-actor match).
    return m.actor ? this.index.only(m, ['none']) : this.index.only(m, ['PERSON', 'GPE', 'other']);
  }

  /** Folds a document's event mentions into the events they report; returns what to write for them. */
  plan(mentions: EventMention[]): PlannedEvent[] {
    const touched = new Map<string, PlannedEvent & { keys: Set<string> }>();
    for (const m of mentions) {
      let event = this.match(m);
      if (!event) {
        const cls = eventClasses.get(m.code)!;
        const key = [
          m.code,
          m.sub ?? '',
          m.actor?.entityId ?? '?',
          m.target?.entityId ?? '?',
          m.modality,
          m.time ?? 'undated',
          m.evidence.docId,
          m.evidence.start,
        ].join('|');
        event = {
          id: hashId(key),
          code: m.code,
          type: cls.name,
          label: cls.label,
          sub: m.sub,
          goldstein: cls.goldstein,
          actor: m.actor,
          target: m.target,
          modality: m.modality,
          time: m.time,
          place: m.place,
          patterns: [],
        };
      }
      if (m.actor && event.actor && m.actor.entityId !== event.actor.entityId) {
        const person = m.actor.type === 'PERSON' ? m.actor : event.actor;
        if (event.actor === person && m.actor) event.actor = m.actor;
        const agents = event.agents ?? [];
        if (!agents.some((a) => a.entityId === person.entityId)) event.agents = [...agents, person];
      }
      event.actor ??= m.actor;
      if (specificity(m.time) > specificity(event.time)) event.time = m.time;
      event.place ??= m.place;
      if (!event.patterns.includes(m.pattern)) event.patterns.push(m.pattern);
      // An event's earlier evidence comes from other documents, so only this one's can repeat.
      const planned = touched.get(event.id) ?? { event, evidence: [], keys: new Set<string>() };
      touched.set(event.id, planned);
      const key = `${m.evidence.docId}:${m.evidence.start}`;
      if (!planned.keys.has(key)) {
        planned.keys.add(key);
        planned.evidence.push(m.evidence);
      }
      this.index.file(event);
    }
    return [...touched.values()].map(({ event, evidence }) => ({ event, evidence }));
  }
}
