import { describe, expect, it } from 'vitest';
import { StoryClusterer, type StoryOptions } from './cluster-stories.js';
import { storyFeatures } from './story-features.js';

const flood = [
  'Floods swept through the river town of Marwick after the dam on the Lenne gave way, and rescuers in boats pulled residents from rooftops.',
  'Rescuers in Marwick kept searching flooded streets after the Lenne dam burst; the mayor said the water had reached the second floor of the school.',
  'The Lenne dam failure left Marwick under water. Residents returned by boat to find the flood had ruined homes near the river.',
];
const election = [
  'Voters in Castellan chose a new parliament on Sunday; the opposition Green Alliance claimed victory as counting went on late into the night.',
  'The Green Alliance won the most seats in the Castellan parliament election, the electoral commission said, ending twelve years of coalition rule.',
];

const add = (c: StoryClusterer, id: string, text: string, published: string | null = null) =>
  c.add(id, storyFeatures({ text }), published);

describe('StoryClusterer', () => {
  it('puts new documents into the story they belong to and starts a story for a new topic', () => {
    const c = new StoryClusterer({ threshold: 0.15 });
    const ids = [...flood.map((t, i) => add(c, `f${i}`, t)), ...election.map((t, i) => add(c, `e${i}`, t))];
    expect(ids.map((a) => a.storyId)).toEqual(['story:f0', 'story:f0', 'story:f0', 'story:e0', 'story:e0']);
    expect(ids[3].isNew).toBe(true);
    expect(c.clusters().size).toBe(2);
  });

  it('does not let a document join a story far outside its time window', () => {
    const c = new StoryClusterer({ threshold: 0.15, windowDays: 30 });
    add(c, 'a', flood[0], '2026-01-02');
    expect(add(c, 'b', flood[1], '2026-01-05').storyId).toBe('story:a');
    expect(add(c, 'c', flood[2], '2026-09-01').isNew).toBe(true);
  });

  it('continues from a stored story state without the member documents', () => {
    const first = new StoryClusterer({ threshold: 0.15 });
    const features = flood.slice(0, 2).map((t) => storyFeatures({ text: t }));
    for (const [i, f] of features.entries()) first.add(`f${i}`, f);
    const again = new StoryClusterer({ threshold: 0.15 });
    for (const f of features) again.observe(f);
    again.restore(first.state('story:f0')!);
    expect(add(again, 'f2', flood[2]).storyId).toBe('story:f0');
    expect(add(again, 'e0', election[0]).isNew).toBe(true);
  });

  it('merges two stories when a document shows they are one, and reports the merge', () => {
    const c = new StoryClusterer({ threshold: 0.9, mergeThreshold: 0.3 });
    add(c, 'a', flood[0]);
    add(c, 'b', flood[1]);
    const last = add(c, 'c', `${flood[0]} ${flood[1]}`);
    expect(last.merged.length).toBeGreaterThan(0);
    expect(c.clusters().size).toBe(1);
  });

  const other = [
    'The harbour board of Port Elm raised ferry fares by a fifth, and the union of dock workers called a strike for Monday.',
    'A court in Lindholm acquitted the former director of the water utility of embezzlement over inflated pipe invoices.',
    'Astronomers at the Vellmar observatory reported a comet that will pass closest to the sun in the spring.',
  ];

  it('holds at most maxStories (and a tenth more), retiring those that took a document least recently', () => {
    const run = (options: Partial<StoryOptions>) => {
      const c = new StoryClusterer({ threshold: 0.15, ...options });
      add(c, 'a', flood[0]);
      add(c, 'e', election[0]);
      add(c, 'o0', other[0]);
      add(c, 'a2', flood[1]);
      add(c, 'o1', other[1]);
      add(c, 'o2', other[2]);
      return c;
    };
    const c = run({ maxStories: 3 });
    // Five stories were opened: past 3 + 1, the two least recently joined retired (not the oldest).
    expect(c.liveStories).toBe(3);
    expect(c.isLive('story:e')).toBe(false);
    expect(c.isLive('story:o0')).toBe(false);
    expect(c.isLive('story:a')).toBe(true);
    expect([...c.clusters().keys()].sort()).toEqual([
      'story:a',
      'story:e',
      'story:o0',
      'story:o1',
      'story:o2',
    ]);
    // A later report no longer finds the retired story (the bound's trade-off); without the bound it does.
    expect(add(c, 'late', election[1]).isNew).toBe(true);
    expect(add(run({ maxStories: null }), 'late', election[1]).storyId).toBe('story:e');
    expect(run({ maxStories: 3, listRetired: false }).clusters().size).toBe(3);
  });

  it('clusters the same below the bound as without it', () => {
    const texts = [...flood, ...election, ...other];
    const run = (maxStories: number | null) => {
      const c = new StoryClusterer({ threshold: 0.15, maxStories });
      return texts.map((t, i) => add(c, `d${i}`, t).storyId);
    };
    expect(run(5)).toEqual(run(null));
  });
});
