// The corpus-level event stage: extracts a document's event mentions from its sentences and resolved
// mentions, and merges each into the event with the same class, participants, modality and time,
// so the same happening reported by five articles is one event with five pieces of evidence.
import { createHash } from 'node:crypto';
import type { Doc, Span } from '../doc/index.js';
import type { Entity } from '../resolve/entity.js';
import type { CorpusItem, CorpusWrite, Store } from '../store/store.js';
import type { DossierEvent, EventMention } from './event.js';
import { extractEvents } from './extract-events.js';
import { eventClasses } from './ontology.js';

export const EVENT_KIND = 'event';

export function eventKey(m: EventMention): string {
  return [
    m.code,
    m.sub ?? '',
    m.actor?.entityId ?? '?',
    m.target?.entityId ?? '?',
    m.modality,
    m.time ?? 'undated',
  ].join('|');
}

export function eventId(key: string): string {
  return `ev-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
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
  return sentences.flatMap((sentence) =>
    extractEvents({ docId, text: doc.text, sentence, mentions: links, names, timex }),
  );
}

/** Folds event mentions into stored events (read by id, so nothing else is touched). */
export async function planEventWrites(store: Store, mentions: EventMention[]): Promise<CorpusWrite> {
  const byId = new Map<string, DossierEvent>();
  for (const m of mentions) {
    const id = eventId(eventKey(m));
    let event = byId.get(id) ?? (await store.getCorpusItem<DossierEvent>(EVENT_KIND, id))?.data;
    if (!event) {
      const cls = eventClasses.get(m.code)!;
      event = {
        id,
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
    if (!event.patterns.includes(m.pattern)) event.patterns.push(m.pattern);
    if (!event.evidence.some((e) => e.docId === m.evidence.docId && e.start === m.evidence.start))
      event.evidence.push(m.evidence);
    event.place ??= m.place;
    byId.set(id, event);
  }
  const items: CorpusItem[] = [...byId.values()].map((e) => ({
    id: e.id,
    data: e,
    docIds: [...new Set(e.evidence.map((x) => x.docId))],
  }));
  return { kind: EVENT_KIND, items };
}
