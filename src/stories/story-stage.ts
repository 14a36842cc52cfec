// The corpus-level stories stage: loads once what clustering and reprint detection need (every
// stored document's feature counts, the newest fingerprints, the live stories), then for each new
// document plans its writes: its origin and features (kind 'story-doc'), the story it joined and any
// story it merged (kind 'story'), and its 'attributions' layer. Nothing about other documents is
// recomputed, and what it holds is bounded: the reprint index keeps the newest 100,000 fingerprints
// and stories retire from memory 90 days behind the newest document (see their options).
import type { Doc, Span } from '../doc/index.js';
import type { CorpusWrite, Store } from '../store/store.js';
import { attributionSpans } from './attribution.js';
import { type Assignment, StoryClusterer, type StoryState } from './cluster-stories.js';
import { type Fingerprint, type Origin, ReprintIndex } from './near-duplicate.js';
import { storyFeatures } from './story-features.js';

export const STORY_KIND = 'story';
export const STORY_DOC_KIND = 'story-doc';
export const ATTRIBUTIONS_LAYER = 'attributions';
/** A stored centroid keeps its strongest features only, so a story item stays small. */
const CENTROID_FEATURES = 400;

export interface StoryDocItem {
  docId: string;
  features: Record<string, number>;
  published: string | null;
  fingerprint: Fingerprint;
}

export type StoryItem = (StoryState & { title: string | null }) | { id: string; mergedInto: string };

/** A story as stored: its members are the item's document links (older rows also list them here). */
type StoredStory =
  | (Omit<StoryState, 'docIds'> & { docIds?: string[]; title: string | null })
  | {
      id: string;
      mergedInto: string;
    };

/** Every stored story with its members, live and merged-away alike. */
export async function loadStoryItems(store: Store): Promise<StoryItem[]> {
  return (await store.listCorpusItems<StoredStory>(STORY_KIND)).map(({ data, docIds }) =>
    'mergedInto' in data ? data : { ...data, docIds: data.docIds ?? docIds ?? [] },
  );
}

export interface StoryPlan {
  origin: Origin;
  /** The document's reprint fingerprint, for other stages that track origins (claims). */
  fingerprint: Fingerprint;
  assignment: Assignment;
  attributions: Span[];
  writes: CorpusWrite[];
}

export class StoryStage {
  private constructor(
    private readonly clusterer: StoryClusterer,
    private readonly reprints: ReprintIndex,
    private readonly titles: Map<string, string | null>,
  ) {}

  static async load(store: Store): Promise<StoryStage> {
    // Retired stories' members are links in the store; the stage needs only the live stories.
    const clusterer = new StoryClusterer({ listRetired: false });
    const reprints = new ReprintIndex();
    const docs = await store.listCorpusItems<StoryDocItem>(STORY_DOC_KIND);
    for (const { data } of docs) clusterer.observeKeys(Object.keys(data.features));
    for (const data of newestFingerprints(docs, reprints.maxDocs)) reprints.restore(data.fingerprint);
    const titles = new Map<string, string | null>();
    for (const data of await loadStoryItems(store)) {
      if ('mergedInto' in data) continue;
      clusterer.restore(data);
      titles.set(data.id, data.title);
    }
    clusterer.retireStale();
    const stage = new StoryStage(clusterer, reprints, titles);
    stage.dropRetiredTitles();
    return stage;
  }

  /** Titles are kept for live stories only. */
  private dropRetiredTitles(): void {
    for (const id of this.titles.keys()) if (!this.clusterer.isLive(id)) this.titles.delete(id);
  }

  /** Plans one document's writes; the caller commits them with the document, in one transaction. */
  plan(docId: string, doc: Doc): StoryPlan {
    const fingerprint = this.reprints.register(docId, doc);
    const features = storyFeatures({ text: doc.text, title: doc.meta.title, layers: doc.layers });
    const assignment = this.clusterer.add(docId, features, doc.meta.published);
    if (assignment.isNew) this.titles.set(assignment.storyId, doc.meta.title);
    for (const id of assignment.merged) this.titles.delete(id);
    if (this.titles.size > 2 * this.clusterer.liveStories) this.dropRetiredTitles();
    // Members are listed only when stories merged (otherwise only this document's link is added).
    const state = this.clusterer.state(assignment.storyId, { members: assignment.merged.length > 0 })!;
    const { docIds, ...rest } = state;
    const story: StoredStory = {
      ...rest,
      centroid: strongest(state.centroid),
      title: this.titles.get(state.id) ?? null,
    };
    const tombstones = assignment.merged.map((id) => ({
      id,
      data: { id, mergedInto: state.id } satisfies StoryItem,
    }));
    const docItem: StoryDocItem = {
      docId,
      features: Object.fromEntries(features),
      published: doc.meta.published,
      fingerprint,
    };
    return {
      origin: fingerprint.origin,
      fingerprint,
      assignment,
      attributions: attributionSpans(doc.text, doc.layers),
      writes: [
        { kind: STORY_DOC_KIND, items: [{ id: docId, data: docItem, docIds: [docId] }] },
        {
          kind: STORY_KIND,
          // Members of stories merged into this one are linked to it too (the only time a write
          // costs the story's size); otherwise only this document's link is added.
          items: [
            { id: state.id, data: story, docIds: assignment.merged.length ? docIds : [docId] },
            ...tombstones,
          ],
          // The newest view of a story replaces the stored one; its members are links, which add up.
          links: 'add',
        },
      ],
    };
  }
}

/**
 * The story-doc items whose fingerprints the reprint index keeps: all of them up to its bound, in
 * store order (so results do not depend on the bound); past it the newest by publication date,
 * oldest first, so the index forgets the oldest first as documents arrive.
 */
function newestFingerprints(docs: { data: StoryDocItem }[], max: number): StoryDocItem[] {
  if (docs.length <= max) return docs.map((d) => d.data);
  const time = (d: StoryDocItem) => (d.published ? Date.parse(d.published) || 0 : 0);
  return docs
    .map((d) => d.data)
    .sort((a, b) => time(a) - time(b) || (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0))
    .slice(-max);
}

function strongest(centroid: Record<string, number>): Record<string, number> {
  const values = Object.values(centroid);
  if (values.length <= CENTROID_FEATURES) return centroid;
  // The cut-off weight from a native numeric sort, then one pass: cheaper than sorting the entries.
  const sorted = Float64Array.from(values).sort();
  const cut = sorted[sorted.length - CENTROID_FEATURES]!;
  const out: Record<string, number> = {};
  let kept = 0;
  for (const [f, w] of Object.entries(centroid))
    if (w > cut || (w === cut && kept < CENTROID_FEATURES)) {
      out[f] = w;
      kept++;
    }
  return out;
}
