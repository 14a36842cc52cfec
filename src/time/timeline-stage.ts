// The timeline as a corpus stage, for the ingest transaction: plan() computes one new document's
// mentions (an undated document reads the timeline so far to date itself) and returns the corpus write
// that stores them, to commit with the document. The stage keeps the timeline in memory across the
// documents of one run, so each new document costs its own analysis only.
import type { Doc } from '../doc/index.js';
import type { CorpusWrite, Store } from '../store/store.js';
import { addToTimeline } from './timeline.js';
import { docMentions } from './timeline-mentions.js';
import { loadTimeline, MENTIONS_KIND } from './timeline-store.js';
import type { TimelineItem } from './timeline-types.js';

export class TimelineStage {
  private constructor(private items: TimelineItem[]) {}

  static async load(store: Store): Promise<TimelineStage> {
    return new TimelineStage(await loadTimeline(store));
  }

  /** The write that stores document `id`'s mentions; the in-memory timeline takes them at once. */
  plan(id: string, doc: Doc): CorpusWrite {
    const mentions = docMentions(
      { id, text: doc.text, published: doc.meta.published, layers: doc.layers },
      this.items,
    );
    this.items = addToTimeline(this.items, mentions);
    return { kind: MENTIONS_KIND, items: [{ id, data: mentions, docIds: [id] }] };
  }
}
