// How the triggers of one sentence relate to each other, so one happening yields one event:
// - a control verb and its "to"-complement ("asked Russia to deliver radars", "refused to resign") are
//   one event of the complement's class, requested or negated;
// - a trigger that is the object of the trigger just before it ("pledged support", "criticized Egypt
//   over the arrests", "threatened to cut supplies") is that trigger's content, not an event;
// - in a compound ("partnership agreement") the last noun is the head.
import triggers from './data/triggers.json' with { type: 'json' };
import type { Modality } from './event.js';
import type { Trigger } from './ontology.js';

export interface TriggerLinks {
  /** Trigger positions that make no event of their own. */
  skip: Set<number>;
  /** Complement position → the control verb's position and the modality it gives. */
  complement: Map<number, { head: number; modality: Modality }>;
}

const control = triggers.control as Record<string, string>;
/** Words and marks that end a clause: no participant or object link crosses them. */
export const clauseBreaks: ReadonlySet<string> = new Set(triggers.clauseBreaks);
/** How many tokens may separate a trigger from the one whose object it is. */
const objectWindow = 4;

export function linkTriggers(
  tokens: ReadonlyArray<{ lower: string }>,
  found: ReadonlyArray<Trigger | undefined>,
): TriggerLinks {
  const links: TriggerLinks = { skip: new Set(), complement: new Map() };
  let prev = -1;
  found.forEach((t, i) => {
    if (!t) return;
    const p = prev;
    prev = i;
    if (p < 0) return;
    const head = found[p]!;
    const between = tokens.slice(p + 1, i).map((x) => x.lower);
    if (between.length === 0) {
      if (head.kind === 'noun' && t.kind === 'noun') links.skip.add(p);
      return;
    }
    if (between.length > objectWindow || between.some((w) => clauseBreaks.has(w))) return;
    const mode = control[head.code];
    if (t.kind === 'verb' && between.at(-1) === 'to' && head.kind === 'verb' && mode) {
      if (mode === 'requested' || mode === 'negated') {
        links.complement.set(i, { head: p, modality: mode });
        links.skip.add(p);
        return;
      }
    }
    links.skip.add(i);
    prev = p;
  });
  return links;
}
