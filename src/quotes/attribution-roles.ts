// The attribution tagger's labels. Each token has at most one role (Source, Cue or Content), so a
// single BILOU layer holds them. The tagger reuses the entity tagger's perceptron and Viterbi
// (src/nlp/perceptron.ts), whose label space is BILOU over four types: the three roles take three
// of those slots, and the fourth (MISC) never occurs in training data, so it is never predicted.
import { bilouToSpans, spansToBilou, type TokenSpan } from '../nlp/ner-labels.js';

export type Role = 'source' | 'cue' | 'content';

const SLOT: Record<Role, string> = { source: 'PER', cue: 'ORG', content: 'LOC' };
const ROLE_OF: Record<string, Role> = { PER: 'source', ORG: 'cue', LOC: 'content' };

export interface RoleSpan {
  /** Token indices, half-open. */
  s: number;
  e: number;
  role: Role;
}

export function rolesToLabels(n: number, spans: readonly RoleSpan[]): number[] {
  return spansToBilou(
    n,
    spans.map((x) => ({ start: x.s, end: x.e, type: SLOT[x.role] })),
  );
}

export function labelsToRoles(labels: readonly number[]): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (const t of bilouToSpans(labels) as TokenSpan[]) {
    const role = ROLE_OF[t.type];
    if (role) out.push({ s: t.start, e: t.end, role });
  }
  return out;
}
