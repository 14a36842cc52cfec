// The reaction matrix: the story's main actors × their stance toward its central event (condemn,
// support, silent, or no statement found), each stance with the sentences that show it, so
// "Putin has remained silent" and "the Foreign Ministry condemned" stand side by side.

import type { Entity, Evidence } from '../resolve/entity.js';
import { ENTITY_KIND } from '../resolve/entity-stage.js';
import type { Store } from '../store/store.js';
import { loadTimeline } from '../time/timeline-store.js';
import { findStances, type Stance } from './find-stances.js';
import { storedDocuments } from './source-listing.js';

export type Reaction = Stance | 'mixed' | 'no statement found';

export interface ReactionRow {
  actor: { id: string; name: string; type: string | null };
  reaction: Reaction;
  counts: Record<Stance, number>;
  evidence: (Evidence & { stance: Stance; cue: string })[];
}

export interface ReactionMatrix {
  /** The event most articles date: what the reactions are taken to be about. */
  event: { label: string; time: string; docs: number } | null;
  rows: ReactionRow[];
}

/** Actors without a stance found are listed too, the most named first, up to this many. */
const SILENT_ROWS = 8;
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

function reactionOf(counts: Record<Stance, number>): Reaction {
  const found = (Object.entries(counts) as [Stance, number][]).filter(([, n]) => n > 0);
  if (!found.length) return 'no statement found';
  // A spoken condemnation or welcome outweighs a report of silence elsewhere; two spoken stances are mixed.
  const spoken = found.filter(([s]) => s !== 'silent');
  if (spoken.length > 1) return 'mixed';
  return spoken[0]?.[0] ?? 'silent';
}

export async function reactionMatrix(store: Store): Promise<ReactionMatrix> {
  const docs = await storedDocuments(store);
  const entities = new Map((await store.listCorpusItems<Entity>(ENTITY_KIND)).map((e) => [e.id, e.data]));
  const rows = new Map<string, ReactionRow>();
  const named = new Map<string, { name: string; type: string; count: number }>();
  for (const d of docs) {
    for (const l of d.layers['entity-links'] ?? []) {
      const id = l.attrs?.entityId;
      if (typeof id !== 'string' || !ACTOR_TYPES.has(l.label)) continue;
      const n = named.get(id) ?? { name: d.text.slice(l.start, l.end), type: l.label, count: 0 };
      n.count++;
      named.set(id, n);
    }
    for (const s of findStances(d.id, d)) {
      const e = entities.get(s.actorId);
      const row = rows.get(s.actorId) ?? {
        actor: {
          id: s.actorId,
          name: e?.name ?? s.actor,
          type: e?.type ?? named.get(s.actorId)?.type ?? null,
        },
        reaction: 'no statement found' as Reaction,
        counts: { condemn: 0, support: 0, silent: 0 },
        evidence: [],
      };
      row.counts[s.stance]++;
      row.evidence.push({ ...s.evidence, stance: s.stance, cue: s.cue });
      rows.set(s.actorId, row);
    }
  }
  for (const row of rows.values()) row.reaction = reactionOf(row.counts);
  const quiet = [...named]
    .filter(([id]) => !rows.has(id))
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, SILENT_ROWS)
    .map(
      ([id, n]): ReactionRow => ({
        actor: { id, name: entities.get(id)?.name ?? n.name, type: entities.get(id)?.type ?? n.type },
        reaction: 'no statement found',
        counts: { condemn: 0, support: 0, silent: 0 },
        evidence: [],
      }),
    );
  const timeline = await loadTimeline(store);
  const central = [...timeline].sort((a, b) => b.docs.length - a.docs.length)[0];
  return {
    event: central ? { label: central.label, time: central.value, docs: central.docs.length } : null,
    rows: [...[...rows.values()].sort((a, b) => b.evidence.length - a.evidence.length), ...quiet],
  };
}
