// Reading events and the relations aggregated from them, for the CLI, the API and the exports.
import { createHash } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { DossierEvent } from './event.js';
import { loadEvents } from './event-store.js';

export interface EventFilter {
  type?: string;
  entity?: string;
  actor?: string;
  modality?: string;
}

function names(p: { entityId: string; name: string } | null, want: string): boolean {
  return !!p && (p.entityId === want || p.name.toLowerCase().includes(want));
}

export async function listEvents(store: Store, filter: EventFilter = {}): Promise<DossierEvent[]> {
  const events = await loadEvents(store);
  const entity = filter.entity?.toLowerCase();
  const actor = filter.actor?.toLowerCase();
  return events
    .filter((e) => !filter.type || e.type === filter.type || e.code === filter.type)
    .filter((e) => !filter.modality || e.modality === filter.modality)
    .filter((e) => !entity || names(e.actor, entity) || names(e.target, entity))
    .filter((e) => !actor || names(e.actor, actor))
    .sort(
      (a, b) => (a.time ?? '9999').localeCompare(b.time ?? '9999') || b.evidence.length - a.evidence.length,
    );
}

export interface Relation {
  id: string;
  source: { entityId: string; name: string };
  target: { entityId: string; name: string };
  type: string;
  sub: string | null;
  /** 'event' edges come from events; 'co-mention' edges only from appearing in the same articles. */
  layer: 'event' | 'co-mention';
  count: number;
  cooperation: number;
  conflict: number;
  weight: number;
  from: string | null;
  to: string | null;
  evidence: DossierEvent['evidence'];
}

/** Actor-to-actor edges: asserted and planned events of one class between one pair, aggregated. */
export function relationsFrom(events: readonly DossierEvent[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const e of events) {
    if (!e.actor || !e.target || e.modality === 'negated' || e.modality === 'hypothetical') continue;
    if (e.actor.entityId === e.target.entityId) continue; // no self-loops, whatever the stored data says
    const key = `${e.actor.entityId}>${e.target.entityId}:${e.type}:${e.sub ?? ''}`;
    let r = byKey.get(key);
    if (!r) {
      r = {
        id: `rel-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`,
        source: { entityId: e.actor.entityId, name: e.actor.name },
        target: { entityId: e.target.entityId, name: e.target.name },
        type: e.type,
        sub: e.sub,
        layer: 'event',
        count: 0,
        cooperation: 0,
        conflict: 0,
        weight: 0,
        from: null,
        to: null,
        evidence: [],
      };
      byKey.set(key, r);
    }
    r.count += 1;
    if (e.goldstein > 0) r.cooperation += 1;
    if (e.goldstein < 0) r.conflict += 1;
    r.weight += e.goldstein;
    // Only calendar values bound a span; "PAST_REF" or "XXXX-10" do not sort against years.
    if (e.time && /^\d/.test(e.time)) {
      if (!r.from || e.time < r.from) r.from = e.time;
      if (!r.to || e.time > r.to) r.to = e.time;
    }
    r.evidence.push(...e.evidence);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
