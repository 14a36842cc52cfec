// For the timeline tests: which mentions belong together, by the plainest rule (linkReason over every
// pair), to check the indexed, lazy and capped timelines against.
import { linkReason } from './timeline-link.js';
import type { Mention } from './timeline-types.js';

/**
 * Connected components of linkReason over every pair. With a cap, each mention is compared with the
 * `cap` before it only, and the groups keep the last `cap`.
 */
export function allPairsComponents(mentions: readonly Mention[], cap = mentions.length): Mention[][] {
  const root = mentions.map((_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i];
    return i;
  };
  for (let i = 0; i < mentions.length; i++)
    for (let j = Math.max(0, i - cap); j < i; j++)
      if (linkReason(mentions[i], mentions[j])) root[find(i)] = find(j);
  const groups = new Map<number, Mention[]>();
  for (const [i, m] of mentions.entries())
    if (i >= mentions.length - cap) groups.set(find(i), [...(groups.get(find(i)) ?? []), m]);
  return [...groups.values()];
}
