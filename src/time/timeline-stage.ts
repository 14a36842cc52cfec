// The timeline as a corpus stage, for the ingest transaction: plan() computes one new document's
// mentions (an undated document reads the timeline so far to date itself) and returns the corpus write
// that stores them, to commit with the document. The stage keeps the mentions that can date a document
// in memory across the documents of one run and links them only when an undated document arrives, so
// a dated document costs its own analysis only, and an undated one the links of the mentions since.
import type { Doc } from '../doc/index.js';
import type { CorpusWrite, Store } from '../store/store.js';
import { canDate, MentionSlimmer } from './mention-slimmer.js';
import { buildTimeline } from './timeline.js';
import { TimelineIndex } from './timeline-index.js';
import { docMentions } from './timeline-mentions.js';
import { MENTIONS_KIND, storedDocs } from './timeline-store.js';
import type { Mention } from './timeline-types.js';

export class TimelineStage {
  private readonly slimmer = new MentionSlimmer();
  /** No link explanations are kept: the stage never shows items. */
  private readonly index = new TimelineIndex(0);

  private constructor() {}

  static async load(store: Store): Promise<TimelineStage> {
    const stage = new TimelineStage();
    const rows = await store.listCorpusItems<Mention[]>(MENTIONS_KIND);
    if (rows.length) for (const r of rows) stage.take(r.data);
    // A store from before mentions were recorded: the timeline is built from its documents' layers.
    else for (const item of buildTimeline(await storedDocs(store))) stage.take(item.mentions);
    return stage;
  }

  /** The write that stores document `id`'s mentions; the in-memory timeline takes them at once. */
  plan(id: string, doc: Doc): CorpusWrite {
    // Only an undated document reads the story so far (to date itself), so only then are items built.
    const story = doc.meta.published ? [] : this.index.items();
    const mentions = docMentions(
      { id, text: doc.text, published: doc.meta.published, layers: doc.layers },
      story,
    );
    this.take(mentions);
    return { kind: MENTIONS_KIND, items: [{ id, data: mentions, docIds: [id] }] };
  }

  private take(mentions: readonly Mention[]): void {
    this.index.add(mentions.filter(canDate).map((m) => this.slimmer.slim(m)));
  }
}
