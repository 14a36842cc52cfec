// The corpus-level event stage: extracts a document's event mentions from its sentences and resolved
// mentions, and merges each into a stored event of the same class, participants and modality whose
// time is compatible — the same day, a day within the same month, or no time given — so the same
// happening reported by five articles is one event with five pieces of evidence. A mention that lacks
// its actor ("Maduro was captured") joins the one event that has the same class and target.
import { createHash } from 'node:crypto';
import type { Doc, Span } from '../doc/index.js';
import { countryByCode } from '../resolve/countries.js';
import type { Entity } from '../resolve/entity.js';
import { entityId } from '../resolve/entity-index.js';
import type { CorpusItem, CorpusWrite, Store } from '../store/store.js';
import type { DossierEvent, EventMention, Participant } from './event.js';
import { extractEvents } from './extract-events.js';
import { eventClasses } from './ontology.js';

export const EVENT_KIND = 'event';

function hashId(key: string): string {
  return `ev-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
}

/** Two TimeML values can describe one happening when one is unknown or one contains the other. */
export function timesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

const specificity = (t: string | null) => (t ? t.length : 0);

/** "American forces", "Russian officials": a nationality acting stands for its country. */
function asCountry(p: Participant | null, entities: ReadonlyMap<string, Entity>): Participant | null {
  const code = p && p.type === 'NORP' ? entities.get(p.entityId)?.country : undefined;
  if (!p || !code) return p;
  return { entityId: entityId(`country:${code}`), name: countryByCode(code)?.name ?? p.name, type: 'GPE' };
}

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
  return sentences
    .flatMap((sentence) => extractEvents({ docId, text: doc.text, sentence, mentions: links, names, timex }))
    .map((m) => ({ ...m, actor: asCountry(m.actor, entities), target: asCountry(m.target, entities) }))
    .filter((m) => !(m.actor && m.target && m.actor.entityId === m.target.entityId));
}

export class EventStage {
  /** Events by class, modality and target: the blocking key for finding a compatible event. */
  private readonly byBlock = new Map<string, DossierEvent[]>();

  private constructor(events: DossierEvent[]) {
    for (const e of events) this.file(e);
  }

  static async load(store: Store): Promise<EventStage> {
    return new EventStage((await store.listCorpusItems<DossierEvent>(EVENT_KIND)).map((i) => i.data));
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
    const list = this.byBlock.get(this.block(e)) ?? [];
    if (!list.includes(e)) list.push(e);
    this.byBlock.set(this.block(e), list);
  }

  private match(m: EventMention): DossierEvent | null {
    const candidates = (this.byBlock.get(this.block(m)) ?? []).filter((e) => timesCompatible(e.time, m.time));
    const sameActor = candidates.filter((e) => (e.actor?.entityId ?? null) === (m.actor?.entityId ?? null));
    if (sameActor.length > 0) return sameActor.sort((a, b) => specificity(b.time) - specificity(a.time))[0];
    // An actorless mention joins the single event with an actor; an actor fills an actorless event.
    const open = candidates.filter((e) => !m.actor || !e.actor);
    return open.length === 1 ? open[0] : null;
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
