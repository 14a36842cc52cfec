// The corpus-level event stage: extracts a document's event mentions from its sentences and resolved
// mentions, and merges each into a stored event of the same class, participants and modality whose
// time is compatible — the same day, a day within the same month, or no time given — so the same
// happening reported by five articles is one event with five pieces of evidence. A mention that lacks
// its actor ("Maduro was captured") joins the one event that has the same class and target.
import { createHash } from 'node:crypto';
import type { Doc, Span } from '../doc/index.js';
import type { Entity } from '../resolve/entity.js';
import type { CorpusItem, CorpusWrite, Store } from '../store/store.js';
import actors from './data/actors.json' with { type: 'json' };
import type { DossierEvent, EventMention, Participant } from './event.js';
import { EVENT_KIND, loadEvents } from './event-store.js';
import { extractEvents } from './extract-events.js';
import { normalizeParticipant, sameSide } from './normalize-actors.js';
import { eventClasses } from './ontology.js';

export { EVENT_KIND };

function hashId(key: string): string {
  return `ev-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
}

/** Two TimeML values can describe one happening when one is unknown or one contains the other. */
export function timesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
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

/**
 * The part of an event's time that decides compatibility cheaply: two times are compatible when one is
 * a prefix of the other, so times of four characters or more are compatible only within one year
 * bucket; an undated event ('none') or a shorter time ('*') is compared with every time.
 */
const yearOf = (t: string | null) => (t === null ? 'none' : t.length >= 4 ? t.slice(0, 4) : '*');

export class EventStage {
  /** Events by class, modality and target (the blocking key), then by year: where a compatible event can be. */
  private readonly byBlock = new Map<string, Map<string, Set<DossierEvent>>>();
  /** Where each event is filed, and in which order events arrived (candidates keep that order). */
  private readonly filed = new Map<DossierEvent, { block: string; year: string; seq: number }>();

  private constructor(events: DossierEvent[]) {
    for (const e of events) this.file(e);
  }

  static async load(store: Store): Promise<EventStage> {
    return new EventStage(await loadEvents(store));
  }

  private block(e: {
    code: string;
    sub: string | null;
    modality: string;
    target: Participant | null;
  }): string {
    return `${e.code}|${e.sub ?? ''}|${e.modality}|${e.target?.entityId ?? '?'}`;
  }

  private file(e: DossierEvent): void {
    const block = this.block(e);
    const year = yearOf(e.time);
    const was = this.filed.get(e);
    if (was?.block === block && was.year === year) return;
    if (was) this.byBlock.get(was.block)?.get(was.year)?.delete(e);
    const years = this.byBlock.get(block) ?? new Map<string, Set<DossierEvent>>();
    this.byBlock.set(block, years);
    const set = years.get(year) ?? new Set<DossierEvent>();
    years.set(year, set);
    set.add(e);
    this.filed.set(e, { block, year, seq: was?.seq ?? this.filed.size });
  }

  /** Events of the mention's block whose time is compatible with its time, in arrival order. */
  private compatible(m: EventMention): DossierEvent[] {
    const years = this.byBlock.get(this.block(m));
    if (!years) return [];
    const year = yearOf(m.time);
    const sets =
      year === 'none' || year === '*'
        ? [...years.values()]
        : [years.get(year), years.get('none'), years.get('*')];
    const out: DossierEvent[] = [];
    for (const set of sets) for (const e of set ?? []) if (timesCompatible(e.time, m.time)) out.push(e);
    return out.sort((a, b) => this.filed.get(a)!.seq - this.filed.get(b)!.seq);
  }

  private match(m: EventMention): DossierEvent | null {
    const candidates = this.compatible(m);
    const sameActor = candidates.filter((e) => (e.actor?.entityId ?? null) === (m.actor?.entityId ?? null));
    if (sameActor.length > 0) return sameActor.sort((a, b) => specificity(b.time) - specificity(a.time))[0];
    // A person and a state doing one state act to one target at a compatible time are one act, the
    // person ordering it and the state carrying it out ("Trump ousted Maduro", "US forces captured him").
    if (m.actor && stateActs.has(m.code)) {
      const isState = (p: Participant | null) => p?.type === 'GPE';
      const paired = candidates.filter(
        (e) =>
          e.actor &&
          isState(e.actor) !== isState(m.actor) &&
          [e.actor, m.actor].some((p) => p?.type === 'PERSON'),
      );
      if (paired.length === 1) return paired[0];
    }
    // An actor fills the single actorless event; an actorless mention ("Maduro was captured") joins
    // the single event that names an actor, or failing that the single event there is.
    if (m.actor) {
      const open = candidates.filter((e) => !e.actor);
      return open.length === 1 ? open[0] : null;
    }
    const withActor = candidates.filter((e) => e.actor);
    if (withActor.length === 1) return withActor[0];
    return withActor.length === 0 && candidates.length === 1 ? candidates[0] : null;
  }

  /** Folds a document's event mentions into the events they report; returns the items to write. */
  plan(mentions: EventMention[]): CorpusWrite {
    const touched = new Map<string, DossierEvent>();
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
          evidence: [],
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
      if (!event.evidence.some((e) => e.docId === m.evidence.docId && e.start === m.evidence.start))
        event.evidence.push(m.evidence);
      this.file(event);
      touched.set(event.id, event);
    }
    const items: CorpusItem[] = [...touched.values()].map((e) => ({
      id: e.id,
      data: e,
      docIds: [...new Set(e.evidence.map((x) => x.docId))],
    }));
    return { kind: EVENT_KIND, items };
  }
}
