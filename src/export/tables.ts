// Spreadsheet exports: CSV tables of entities, mentions, events and quotes, and a CAMEO-style event
// table (date, actor1, actor2, root code, Goldstein, source URL) for event-data researchers.
import { stringify } from 'csv-stringify/sync';
import type { Snapshot } from './snapshot.js';

export function csvTables(snap: Snapshot): Record<string, string> {
  return {
    'entities.csv': stringify(
      snap.entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases.join('; '),
        roles: e.roles.map((r) => r.text).join('; '),
        country: e.country ?? '',
        mentions: Object.values(e.mentions).reduce((a, b) => a + b, 0),
        docs: Object.keys(e.mentions).length,
      })),
      { header: true, columns: ['id', 'name', 'type', 'aliases', 'roles', 'country', 'mentions', 'docs'] },
    ),
    'mentions.csv': stringify(snap.mentions, {
      header: true,
      columns: ['id', 'docId', 'entityId', 'type', 'start', 'end', 'text'],
    }),
    'events.csv': stringify(
      snap.events.map((e) => ({
        id: e.id,
        time: e.time ?? '',
        code: e.code,
        type: e.type,
        sub: e.sub ?? '',
        actor: e.actor?.name ?? '',
        actorId: e.actor?.entityId ?? '',
        target: e.target?.name ?? '',
        targetId: e.target?.entityId ?? '',
        modality: e.modality,
        goldstein: e.goldstein,
        place: e.place?.name ?? '',
        sources: e.evidence.length,
      })),
      {
        header: true,
        columns: [
          'id',
          'time',
          'code',
          'type',
          'sub',
          'actor',
          'actorId',
          'target',
          'targetId',
          'modality',
          'goldstein',
          'place',
          'sources',
        ],
      },
    ),
    'quotes.csv': stringify(snap.quotes, {
      header: true,
      columns: ['id', 'docId', 'start', 'end', 'direct', 'speaker', 'speakerId', 'text'],
    }),
  };
}

export function cameoTable(snap: Snapshot): string {
  const urls = new Map(snap.documents.map((d) => [d.id, d.meta.url ?? d.source]));
  const rows = snap.events
    .filter((e) => e.modality === 'asserted')
    .flatMap((e) =>
      e.evidence.map((x) => ({
        date: e.time ?? '',
        actor1: e.actor?.name ?? '',
        actor2: e.target?.name ?? '',
        rootCode: e.code,
        goldstein: e.goldstein,
        eventId: e.id,
        sourceUrl: urls.get(x.docId) ?? '',
      })),
    );
  return stringify(rows, {
    header: true,
    columns: ['date', 'actor1', 'actor2', 'rootCode', 'goldstein', 'eventId', 'sourceUrl'],
  });
}
