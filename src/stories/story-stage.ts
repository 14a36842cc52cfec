// The corpus-level stories stage: loads once what clustering and reprint detection need (every
// stored document's feature counts, the newest fingerprints, the live stories), then for each new
// document plans its writes: its origin and features (kind 'story-doc'), the story it joined and any
// story it merged (kind 'story'), and its 'attributions' layer. Nothing about other documents is
// recomputed, and what it holds is bounded: the reprint index keeps the newest 100,000 fingerprints
// and the 1,000 stories that took a document most recently are held (see their options).
import type { Doc, Span } from '../doc/index.js';
import type { CorpusWrite, Store } from '../store/store.js';
import { attributionSpans } from './attribution.js';
import { type Assignment, StoryClusterer, type StoryOptions, type StoryState } from './cluster-stories.js';
import { type Fingerprint, type Origin, ReprintIndex } from './near-duplicate.js';
import { storyFeatures } from './story-features.js';

export const STORY_KIND = 'story';
export const STORY_DOC_KIND = 'story-doc';
export const ATTRIBUTIONS_LAYER = 'attributions';
/** A stored centroid keeps its strongest features only, so a story item stays small. */
const CENTROID_FEATURES = 400;
/** Story-doc records read per page when loading. */
const DOC_PAGE = 2000;

export interface StoryDocItem {
  docId: string;
  features: Record<string, number>;
  published: string | null;
  fingerprint: Fingerprint;
}

export type StoryItem = (StoryState & { title: string | null }) | { id: string; mergedInto: string };
type LiveStory = Exclude<StoryItem, { mergedInto: string }>;

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

  /** `maxFingerprints`: the reprint index's bound; `stories`: clustering options (defaults unless given). */
  static async load(
    store: Store,
    options: { maxFingerprints?: number; stories?: Partial<StoryOptions> } = {},
  ): Promise<StoryStage> {
    // Retired stories' members are links in the store; the stage needs only the live stories.
    const clusterer = new StoryClusterer({ ...options.stories, listRetired: false });
    const bound = options.maxFingerprints === undefined ? {} : { maxDocs: options.maxFingerprints };
    let reprints = new ReprintIndex(bound);
    // Read in pages, so a large corpus's records are never all in memory at once.
    const dated: { docId: string; time: number }[] = [];
    for (let offset = 0; ; offset += DOC_PAGE) {
      const page = await store.listCorpusItems<StoryDocItem>(STORY_DOC_KIND, { limit: DOC_PAGE, offset });
      for (const { data } of page) {
        clusterer.observeKeys(Object.keys(data.features));
        reprints.restore(data.fingerprint);
        dated.push({ docId: data.docId, time: (data.published && Date.parse(data.published)) || 0 });
      }
      if (page.length < DOC_PAGE) break;
    }
    if (dated.length > reprints.maxDocs) {
      reprints = new ReprintIndex(bound); // the one filled in store order is dropped first
      await restoreNewest(store, reprints, dated);
    }
    const titles = new Map<string, string | null>();
    const live = (await loadStoryItems(store)).filter((d): d is LiveStory => !('mergedInto' in d));
    for (const data of newestStories(live, clusterer.options.maxStories)) {
      clusterer.restore(data);
      titles.set(data.id, data.title);
    }
    return new StoryStage(clusterer, reprints, titles);
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
 * Past its bound, the reprint index is rebuilt from the newest documents by publication date (undated
 * ones count as oldest), restored oldest first so that it forgets the oldest first as documents
 * arrive. Up to the bound it holds every document in store order, and results do not depend on it.
 */
/**
 * The stories the clusterer holds after a reload: all of them, in store order, up to its bound (and
 * the tenth more it allows); past it those with the latest last dates, restored oldest first, so the
 * older ones retire first as documents arrive.
 */
function newestStories(live: LiveStory[], max: number | null): LiveStory[] {
  if (max === null || live.length <= max + Math.ceil(max / 10)) return live;
  const key = (s: LiveStory) => s.last ?? '';
  return live
    .sort((a, b) => key(a).localeCompare(key(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(-max);
}

async function restoreNewest(
  store: Store,
  index: ReprintIndex,
  dated: { docId: string; time: number }[],
): Promise<void> {
  const newest = dated
    .sort((a, b) => a.time - b.time || (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0))
    .slice(-index.maxDocs)
    .map((d) => d.docId);
  for (let i = 0; i < newest.length; i += DOC_PAGE) {
    const ids = newest.slice(i, i + DOC_PAGE);
    const items = await store.listCorpusItems<StoryDocItem>(STORY_DOC_KIND, { ids, limit: ids.length });
    const byId = new Map(items.map((it) => [it.id, it.data.fingerprint]));
    for (const id of ids) {
      const fp = byId.get(id);
      if (fp) index.restore(fp);
    }
  }
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
