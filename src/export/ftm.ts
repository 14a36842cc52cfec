// FollowTheMoney entities as JSON Lines, loadable into Aleph: people, organisations, public bodies
// (governments and ministries; a country stands as its government, with the `country` property),
// events with `involved`, the articles, and one Mention per resolved mention.
import type { Snapshot } from './snapshot.js';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const publicBodyWords =
  /\b(ministry|government|department|agency|parliament|congress|senate|council|commission|kremlin|white house|pentagon|army|navy|forces|military|police|court|embassy|central bank)\b/i;

function schemaFor(type: string, name: string): string | null {
  if (type === 'PERSON') return 'Person';
  if (type === 'GPE') return 'PublicBody';
  if (type === 'ORG') return publicBodyWords.test(name) ? 'PublicBody' : 'Organization';
  return null;
}

export function toFtm(snap: Snapshot): FtmEntity[] {
  const out: FtmEntity[] = [];
  const schemas = new Map<string, string>();
  for (const e of snap.entities) {
    const schema = schemaFor(e.type, e.name);
    if (!schema) continue;
    schemas.set(e.id, schema);
    const props: Record<string, string[]> = { name: [e.name] };
    if (e.aliases.length) props.alias = e.aliases;
    if (e.country) props.country = [e.country.toLowerCase()];
    if (e.roles.length) props[schema === 'Person' ? 'position' : 'description'] = e.roles.map((r) => r.text);
    out.push({ id: e.id, schema, properties: props });
  }
  for (const d of snap.documents) {
    const props: Record<string, string[]> = { title: [d.title ?? d.source], bodyText: [d.text] };
    if (d.authors.length) props.author = d.authors;
    if (d.published) props.publishedAt = [d.published.slice(0, 10)];
    if (d.meta.url) props.sourceUrl = [d.meta.url];
    if (d.outlet) props.publisher = [d.outlet];
    if (d.language) props.language = [d.language];
    out.push({ id: `doc-${d.id}`, schema: 'Article', properties: props });
  }
  for (const m of snap.mentions) {
    const schema = schemas.get(m.entityId);
    if (!schema) continue;
    out.push({
      id: `mention-${m.id.replace(/[^\w-]/g, '-')}`,
      schema: 'Mention',
      properties: {
        document: [`doc-${m.docId}`],
        resolved: [m.entityId],
        name: [m.text],
        detectedSchema: [schema],
      },
    });
  }
  for (const ev of snap.events) {
    const involved = [ev.actor, ev.target]
      .filter((p) => p && schemas.has(p.entityId))
      .map((p) => p!.entityId);
    const props: Record<string, string[]> = {
      name: [`${ev.actor?.name ?? '?'} ${ev.type} ${ev.target?.name ?? '?'}`],
      summary: [ev.evidence[0]?.text ?? ''],
    };
    if (involved.length) props.involved = involved;
    if (ev.time && /^\d{4}(-\d{2}){0,2}$/.test(ev.time)) props.date = [ev.time];
    if (ev.place) props.location = [ev.place.name];
    out.push({ id: ev.id, schema: 'Event', properties: props });
  }
  return out;
}
