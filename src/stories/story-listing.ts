// The stories of a store as a user sees them: each live story with its documents, their origins and
// how many independent origins the story has (a reprint or a wire copy does not add one).
import type { DocSummary, Store } from '../store/store.js';
import type { Origin } from './near-duplicate.js';
import { loadStoryItems, STORY_DOC_KIND, type StoryDocItem, type StoryItem } from './story-stage.js';

export interface StoryListing {
  id: string;
  title: string | null;
  first: string | null;
  last: string | null;
  origins: number;
  docs: {
    id: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
    origin: Origin | null;
  }[];
}

const IDS_PER_READ = 5000;

/** Summaries of the member documents, read in bulk (not each document whole). */
async function readSummaries(store: Store, ids: string[]): Promise<Map<string, DocSummary>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, DocSummary>();
  for (let i = 0; i < unique.length; i += IDS_PER_READ) {
    const chunk = unique.slice(i, i + IDS_PER_READ);
    for (const d of await store.listDocuments({ ids: chunk, limit: chunk.length })) out.set(d.id, d);
  }
  return out;
}

export async function listStories(store: Store): Promise<StoryListing[]> {
  const origins = new Map<string, Origin>();
  for (const { data } of await store.listCorpusItems<StoryDocItem>(STORY_DOC_KIND))
    origins.set(data.docId, data.fingerprint.origin);
  const live = (await loadStoryItems(store)).filter(
    (data): data is Exclude<StoryItem, { mergedInto: string }> => !('mergedInto' in data),
  );
  const summaries = await readSummaries(
    store,
    live.flatMap((data) => data.docIds),
  );
  const out: StoryListing[] = [];
  for (const data of live) {
    const docs = [];
    for (const id of data.docIds) {
      const d = summaries.get(id);
      docs.push({
        id,
        title: d?.title ?? null,
        outlet: d?.outlet ?? null,
        published: d?.published ?? null,
        origin: origins.get(id) ?? null,
      });
    }
    const keys = new Set(docs.map((d) => d.origin?.key ?? `doc:${d.id}`));
    out.push({
      id: data.id,
      title: data.title,
      first: data.first,
      last: data.last,
      origins: keys.size,
      docs,
    });
  }
  return out.sort((a, b) => b.docs.length - a.docs.length || (b.last ?? '').localeCompare(a.last ?? ''));
}
