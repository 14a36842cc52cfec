// An event: who did what to whom, when and where, with its modality and the pattern that produced it.
import type { Evidence } from '../resolve/entity.js';

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'requested' | 'planned';

export interface Participant {
  entityId: string;
  name: string;
  type: string;
}

/** One sentence's report of an event. */
export interface EventMention {
  code: string;
  sub: string | null;
  actor: Participant | null;
  target: Participant | null;
  modality: Modality;
  /** TimeML value of the time expression the sentence gives, if any. */
  time: string | null;
  place: Participant | null;
  trigger: { start: number; end: number; text: string };
  pattern: string;
  evidence: Evidence;
}

/** Events reported by several sentences or articles, merged; what `dossier events` lists. */
export interface DossierEvent {
  id: string;
  code: string;
  type: string;
  label: string;
  sub: string | null;
  goldstein: number;
  actor: Participant | null;
  target: Participant | null;
  modality: Modality;
  time: string | null;
  place: Participant | null;
  patterns: string[];
  /** People reported doing what the state actor did ("Trump ousted Maduro" for the US's capture). */
  agents?: Participant[];
  evidence: Evidence[];
}
