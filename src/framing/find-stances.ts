// Stance statements in one article: a cue from data/stance.json (condemned, welcomed, remained
// silent, has not commented) and the actor it belongs to — the speaker of the reported speech the cue
// introduces, else the person, organisation or country the sentence names just before the cue.
import type { Doc, Span } from '../doc/index.js';
import type { Evidence } from '../resolve/entity.js';
import stanceData from './data/stance.json' with { type: 'json' };

export type Stance = 'condemn' | 'support' | 'silent';

export interface StanceMention {
  stance: Stance;
  actorId: string;
  actor: string;
  cue: string;
  evidence: Evidence;
}

const STANCES: Stance[] = ['condemn', 'support', 'silent'];
const patterns = Object.fromEntries(
  STANCES.map((s) => [s, stanceData[s].map((p) => new RegExp(p, 'giu'))]),
) as Record<Stance, RegExp[]>;
// Nationality words stand for their governments here ("Russian officials have denounced…").
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const EVENT_REF = new RegExp(`\\b(?:${stanceData.eventReferences.join('|')})\\b`, 'iu');

interface QuoteAttrs {
  cue?: { start: number; end: number };
  speaker?: { name: string; type?: string; entityId?: string } | null;
}

/** Resolved entity mentions; an unresolved document's own entities stand in, keyed by name. */
function mentions(doc: Pick<Doc, 'text' | 'layers'>): Span[] {
  const links = doc.layers['entity-links'];
  if (links?.length) return links.filter((l) => typeof l.attrs?.entityId === 'string');
  return (doc.layers.entities ?? []).map((e) => ({
    ...e,
    attrs: { ...e.attrs, entityId: `name:${doc.text.slice(e.start, e.end).toLowerCase()}` },
  }));
}

function actorBefore(
  doc: Pick<Doc, 'text' | 'layers'>,
  sentence: Span,
  at: number,
): { id: string; name: string } | null {
  const quote = (doc.layers.quotes ?? []).find((q) => {
    const a = q.attrs as QuoteAttrs | undefined;
    return a?.cue && a.cue.start <= at && a.cue.end > at && a.speaker?.entityId;
  });
  if (quote) {
    const sp = (quote.attrs as QuoteAttrs).speaker!;
    if (ACTOR_TYPES.has(sp.type ?? '')) return { id: sp.entityId!, name: sp.name };
  }
  const links = mentions(doc).filter(
    (l) => l.start >= sentence.start && l.end <= at && ACTOR_TYPES.has(l.label),
  );
  const last = links.at(-1);
  return last ? { id: last.attrs!.entityId as string, name: doc.text.slice(last.start, last.end) } : null;
}

/** "Neither Russian nor Venezuelan officials have commented": every actor named before the cue. */
function actorsBefore(
  doc: Pick<Doc, 'text' | 'layers'>,
  sentence: Span,
  at: number,
): { id: string; name: string }[] {
  return mentions(doc)
    .filter((l) => l.start >= sentence.start && l.end <= at)
    .map((l) => ({ id: l.attrs!.entityId as string, name: doc.text.slice(l.start, l.end) }));
}

/** Stance cues in every sentence that refers to an event ("the operation", "the U.S. action"). */
export function findStances(docId: string, doc: Pick<Doc, 'text' | 'layers'>): StanceMention[] {
  const out: StanceMention[] = [];
  for (const sentence of doc.layers.sentences ?? []) {
    const text = doc.text.slice(sentence.start, sentence.end);
    // Questions are not statements, and a stance counts only where the sentence names the event.
    if (/\?\s*$/.test(text.trim()) || !EVENT_REF.test(text)) continue;
    const lead = text.length - text.trimStart().length;
    const body = text.trim();
    const evidence: Evidence = {
      docId,
      start: sentence.start + lead,
      end: sentence.start + lead + body.length,
      text: body,
    };
    for (const stance of STANCES)
      for (const re of patterns[stance])
        for (const m of text.matchAll(re)) {
          const at = sentence.start + m.index;
          const actors = /^neither\b/i.test(m[0])
            ? actorsBefore(doc, sentence, at + m[0].length)
            : [actorBefore(doc, sentence, at)];
          for (const a of actors)
            if (
              a &&
              !out.some(
                (o) => o.actorId === a.id && o.stance === stance && o.evidence.start === sentence.start,
              )
            )
              out.push({ stance, actorId: a.id, actor: a.name, cue: m[0], evidence });
        }
  }
  return out;
}
