// The timeline as a corpus stage, for the ingest transaction: plan() computes one new document's
// mentions (an undated document reads the timeline so far to date itself) and returns the corpus write
// that stores them, to commit with the document. The stage keeps the timeline indexed in memory across
// the documents of one run, so each new document costs its own analysis and its own links only.
import type { Doc } from '../doc/index.js';
import type { CorpusWrite, Store } from '../store/store.js';
import { TimelineIndex } from './timeline-index.js';
import { docMentions } from './timeline-mentions.js';
import { loadTimelineIndex, MENTIONS_KIND } from './timeline-store.js';
import type { Mention } from './timeline-types.js';

/**
 * What linking and dating need of a mention, without the display text (sentence, label, actor names):
 * the stage holds every mention of the corpus, so this is most of its memory.
 */
function slim(m: Mention): Mention {
  return { ...m, label: '', actors: [], rule: '', evidence: { ...m.evidence, text: '' } };
}

export class TimelineStage {
  private constructor(private readonly index: TimelineIndex) {}

  static async load(store: Store): Promise<TimelineStage> {
    const rows = await store.listCorpusItems<Mention[]>(MENTIONS_KIND);
    // A store from before mentions were recorded: the timeline is built from its documents' layers.
    if (!rows.length) return new TimelineStage(await loadTimelineIndex(store));
    return new TimelineStage(new TimelineIndex(0).add(rows.flatMap((r) => r.data.map(slim))));
  }

  /** The write that stores document `id`'s mentions; the in-memory timeline takes them at once. */
  plan(id: string, doc: Doc): CorpusWrite {
    // Only an undated document reads the story so far (to date itself), so only then are items built.
    const story = doc.meta.published ? [] : this.index.items();
    const mentions = docMentions(
      { id, text: doc.text, published: doc.meta.published, layers: doc.layers },
      story,
    );
    this.index.add(mentions.map(slim));
    return { kind: MENTIONS_KIND, items: [{ id, data: mentions, docIds: [id] }] };
  }
}
