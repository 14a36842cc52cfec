// The timeline's lane grouping and row packing (web/src/components/timeline-lanes.ts), as plain functions.
import { describe, expect, it } from 'vitest';
import { groupLanes, packRows } from '../web/src/components/timeline-lanes.js';

const item = (id: string, actors: string[], sources: string[] = []) => ({
  id,
  data: {
    actorEntities: actors.map((name) => ({ id: `e-${name}`, name })),
    sources: sources.map((s) => ({ key: `outlet:${s}`, name: s, docIds: [`d-${s}`] })),
  },
});

describe('groupLanes', () => {
  it('draws an item in the lane of each of its actors, biggest lanes first, actorless items last', () => {
    const lanes = groupLanes([item('1', ['US', 'Maduro']), item('2', ['US']), item('3', [])], 'actor');
    expect(lanes.map((l) => [l.name, l.rows.map((r) => r.item.id)])).toEqual([
      ['US', ['1', '2']],
      ['Maduro', ['1']],
      ['No actor named', ['3']],
    ]);
  });

  it('keeps the documents of each source with the item, for its evidence', () => {
    const [lane] = groupLanes([item('1', [], ['Post'])], 'source');
    expect(lane).toMatchObject({ key: 'outlet:Post', name: 'Post' });
    expect(lane.rows[0].docIds).toEqual(['d-Post']);
  });

  it('caps the lanes and puts every item naming another actor, once, in one other lane', () => {
    const items = Array.from({ length: 30 }, (_, i) => item(String(i), [`a${i}`, `b${i}`]));
    const lanes = groupLanes(items, 'actor', 5);
    expect(lanes).toHaveLength(6);
    expect(lanes[5]).toMatchObject({ kind: 'other', name: 'Other (55 actors)' });
    expect(lanes[5].rows).toHaveLength(30);
    expect(new Set(lanes[5].rows.map((r) => r.item.id)).size).toBe(30);
  });

  it('without grouping, is one lane of every item', () => {
    expect(groupLanes([item('1', ['x']), item('2', [])], 'none')[0].rows).toHaveLength(2);
  });
});

describe('packRows', () => {
  it('puts a bar on the first row free before it starts', () => {
    expect(
      packRows([
        [0, 100],
        [50, 120],
        [110, 200],
        [130, 140],
        [131, 150],
      ]),
    ).toEqual([0, 1, 0, 1, 2]);
  });
});
