// The timeline as a corpus stage, for the ingest transaction: plan() computes one new document's
// mentions (an undated document reads the timeline so far to date itself) and returns the corpus write
// that stores them, to commit with the document. The stage keeps the timeline indexed in memory across
// the documents of one run, so each new document costs its own analysis and its own links only.
import type { Doc } from '../doc/index.js';
import type { CorpusWrite, Store } from '../store/store.js';
import type { TimelineIndex } from './timeline-index.js';
import { docMentions } from './timeline-mentions.js';
import { loadTimelineIndex, MENTIONS_KIND } from './timeline-store.js';

export class TimelineStage {
  private constructor(private readonly index: TimelineIndex) {}

  static async load(store: Store): Promise<TimelineStage> {
    return new TimelineStage(await loadTimelineIndex(store));
  }

  /** The write that stores document `id`'s mentions; the in-memory timeline takes them at once. */
  plan(id: string, doc: Doc): CorpusWrite {
    // Only an undated document reads the story so far (to date itself), so only then are items built.
    const story = doc.meta.published ? [] : this.index.items();
    const mentions = docMentions(
      { id, text: doc.text, published: doc.meta.published, layers: doc.layers },
      story,
    );
    this.index.add(mentions);
    return { kind: MENTIONS_KIND, items: [{ id, data: mentions, docIds: [id] }] };
  }
}
