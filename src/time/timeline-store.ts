// The timeline kept in the store. Each document's mentions are one corpus item (kind
// 'timeline-mentions', keyed by document id), written when the document is analysed: adding article
// N+1 computes only its own mentions (an undated one reads the current timeline to date itself).
// Items are the connected groups of all mentions, formed on read; with no mentions recorded yet the
// timeline is built from the stored documents' layers.
import type { Store } from '../store/store.js';
import { buildTimeline } from './timeline.js';
import { TimelineIndex } from './timeline-index.js';
import { docMentions } from './timeline-mentions.js';
import type { AnalysedDoc, Mention, TimelineItem } from './timeline-types.js';

export const MENTIONS_KIND = 'timeline-mentions';

export async function recordTimelineMentions(store: Store, doc: AnalysedDoc): Promise<Mention[]> {
  const story = doc.published ? [] : await loadTimeline(store);
  const mentions = docMentions(doc, story);
  await store.putCorpusItems(MENTIONS_KIND, [{ id: doc.id, data: mentions, docIds: [doc.id] }]);
  return mentions;
}

export async function storedDocs(store: Store): Promise<AnalysedDoc[]> {
  const out: AnalysedDoc[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await store.listDocuments({ limit: 200, offset });
    for (const s of page) {
      const d = await store.getDocument(s.id);
      if (d) out.push({ id: d.id, text: d.text, published: d.meta.published, layers: d.layers });
    }
    if (page.length < 200) return out;
  }
}

/** The stored timeline, indexed so that new mentions can join it (the ingest stage keeps this). */
export async function loadTimelineIndex(store: Store): Promise<TimelineIndex> {
  const rows = await store.listCorpusItems<Mention[]>(MENTIONS_KIND);
  if (rows.length) return new TimelineIndex().add(rows.flatMap((r) => r.data));
  return TimelineIndex.of(buildTimeline(await storedDocs(store)));
}

export async function loadTimeline(store: Store): Promise<TimelineItem[]> {
  return (await loadTimelineIndex(store)).items();
}
