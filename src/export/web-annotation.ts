// W3C Web Annotation JSON-LD for every evidence span: each mention, quote and event sentence becomes
// an annotation on its article with a TextQuoteSelector (exact text with context) and a
// TextPositionSelector (character offsets), so any annotation tool can re-anchor it.
import type { Snapshot } from './snapshot.js';

interface Target {
  docId: string;
  start: number;
  end: number;
}

export function toWebAnnotations(snap: Snapshot): object {
  const docs = new Map(snap.documents.map((d) => [d.id, d]));
  const target = (t: Target) => {
    const d = docs.get(t.docId)!;
    return {
      source: d.meta.url ?? `urn:dossier:doc:${d.id}`,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: d.text.slice(t.start, t.end),
          prefix: d.text.slice(Math.max(0, t.start - 32), t.start),
          suffix: d.text.slice(t.end, t.end + 32),
        },
        { type: 'TextPositionSelector', start: t.start, end: t.end },
      ],
    };
  };
  const items = [
    ...snap.mentions.map((m) => ({
      id: `urn:dossier:mention:${m.id}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: { type: 'SpecificResource', source: `urn:dossier:entity:${m.entityId}`, purpose: 'identifying' },
      target: target(m),
    })),
    ...snap.quotes.map((q) => ({
      id: `urn:dossier:quote:${q.id}`,
      type: 'Annotation',
      motivation: 'tagging',
      body: { type: 'TextualBody', value: `quote${q.speaker ? ` by ${q.speaker}` : ''}`, purpose: 'tagging' },
      target: target(q),
    })),
    ...snap.events.flatMap((e) =>
      e.evidence
        .filter((x) => docs.has(x.docId))
        .map((x, i) => ({
          id: `urn:dossier:event:${e.id}:${i}`,
          type: 'Annotation',
          motivation: 'describing',
          body: {
            type: 'TextualBody',
            value: `${e.label}: ${e.actor?.name ?? '?'} → ${e.target?.name ?? '?'}`,
            purpose: 'describing',
          },
          target: target(x),
        })),
    ),
  ];
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:dossier:annotations',
    type: 'AnnotationCollection',
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
