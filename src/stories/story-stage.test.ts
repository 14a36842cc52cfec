import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCorpusWrite } from '../store/apply-corpus-write.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { listStories } from './story-listing.js';
import { ATTRIBUTIONS_LAYER, StoryStage } from './story-stage.js';
import { testDoc } from './test-docs.js';

const BASE =
  'The Lenne dam near Marwick gave way on Monday night and floods swept through the town, according to Reuters. Rescuers in boats pulled residents from rooftops while the river kept rising past the school and the old bridge.';

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

async function ingest(doc: ReturnType<typeof testDoc>, maxFingerprints?: number) {
  const stage = await StoryStage.load(store, { maxFingerprints });
  const added = await store.addDocument(doc);
  const plan = stage.plan(added.id, doc);
  for (const w of plan.writes) await applyCorpusWrite(store, w);
  await store.putLayers(added.id, { [ATTRIBUTIONS_LAYER]: plan.attributions });
  return { id: added.id, plan };
}

describe('StoryStage', () => {
  it('reloads from the store between documents: a reprint joins the story as one origin', async () => {
    const a = await ingest(
      testDoc(BASE, { title: 'Dam bursts in Marwick', outlet: 'Norland Times', published: '2026-03-02' }),
    );
    const b = await ingest(
      testDoc(`${BASE} Volunteers opened the sports hall for the night.`, {
        outlet: 'Blog',
        published: '2026-03-03',
        url: 'https://b.example/x',
      }),
    );
    expect(b.plan.origin).toMatchObject({ kind: 'near-duplicate', copyOf: a.id, key: a.plan.origin.key });
    expect(b.plan.assignment.storyId).toBe(a.plan.assignment.storyId);
    expect(b.plan.attributions[0].attrs).toMatchObject({ key: 'outlet:reuters' });
    const [story] = await listStories(store);
    expect(story).toMatchObject({
      title: 'Dam bursts in Marwick',
      origins: 1,
      first: '2026-03-02',
      last: '2026-03-03',
    });
    expect(story.docs.map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('reloads only the newest fingerprints past its bound: a copy of the oldest is an origin of its own', async () => {
    const other = (n: number) =>
      `Story number ${n} tells of a ferry strike in Port Elm that stranded ${n} lorries at the quay, while the union and the harbour board met again without any agreement on pay or hours.`;
    const old = await ingest(testDoc(BASE, { published: '2026-01-02' }));
    await ingest(testDoc(other(1), { published: '2026-02-01' }));
    await ingest(testDoc(other(2), { published: '2026-03-01' }));
    const copy = testDoc(`${BASE} Share this.`, { published: '2026-03-02', url: 'https://c.example/x' });
    const kept = await StoryStage.load(store, { maxFingerprints: 3 });
    expect(kept.plan('c1', copy).origin).toMatchObject({ kind: 'near-duplicate', copyOf: old.id });
    const bounded = await StoryStage.load(store, { maxFingerprints: 2 });
    expect(bounded.plan('c2', copy).origin).toMatchObject({ kind: 'original', copyOf: null });
  });
});
