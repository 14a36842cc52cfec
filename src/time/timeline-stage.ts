// The timeline as a corpus stage, for the ingest transaction: plan() computes one new document's
// mentions (an undated document reads the timeline so far to date itself) and returns the corpus write
// that stores them, to commit with the document. The stage keeps the mentions that can date a document
// in memory across the documents of one run and links them only when an undated document arrives, so
// a dated document costs its own analysis only, and an undated one the links of the mentions since.
// It holds the latest `maxMentions` of them (by arrival; loading ranks stored documents by when they
// were added): an undated document is dated from what the archive said recently, in bounded memory.
import type { Doc } from '../doc/index.js';
import { DossierError } from '../errors.js';
import { documentOrder, latestRank } from '../store/document-order.js';
import type { CorpusWrite, Store } from '../store/store.js';
import { canDate, MentionSlimmer } from './mention-slimmer.js';
import { buildTimeline } from './timeline.js';
import { TimelineIndex } from './timeline-index.js';
import { docMentions } from './timeline-mentions.js';
import { MENTIONS_KIND, storedDocs } from './timeline-store.js';
import type { Mention } from './timeline-types.js';

/**
 * How many mentions the stage holds by default. Linked and listed as items (once an undated document has
 * read them), a held mention costs ~1.1 KB (13.9 MB for 10,000, 32 MB for 30,000): about 55 MB, the
 * mentions that can date a document of the latest ~4,600 articles of a generated corpus (~11 an
 * article). Uncapped, 100,000 articles would hold about 1 GB.
 */
export const DEFAULT_MAX_MENTIONS = 50_000;

/** Stored rows read at a time on loading. */
const PAGE = 2000;

export interface TimelineStageOptions {
  /** How many mentions that can date a document the stage holds (timeline-index.ts says the trade-off). */
  maxMentions?: number;
}

export class TimelineStage {
  private readonly slimmer = new MentionSlimmer();
  /** No link explanations are kept: the stage never shows items. */
  private readonly index: TimelineIndex;

  private constructor(private readonly maxMentions: number) {
    if (!(maxMentions >= 1))
      throw new DossierError(
        'BAD_REQUEST',
        `the timeline must hold at least 1 mention (maxMentions ${maxMentions})`,
      );
    this.index = new TimelineIndex(0, maxMentions);
  }

  static async load(store: Store, options: TimelineStageOptions = {}): Promise<TimelineStage> {
    const stage = new TimelineStage(options.maxMentions ?? DEFAULT_MAX_MENTIONS);
    const rows = await stage.latestRows(store);
    if (rows) for (const ms of rows) stage.index.add(ms);
    // A store from before mentions were recorded: the timeline is built from its documents' layers.
    else for (const item of buildTimeline(await storedDocs(store))) stage.take(item.mentions);
    return stage;
  }

  /** How many mentions the stage holds. */
  get held(): number {
    return this.index.held;
  }

  /**
   * Each stored document's mentions that can date a document, slimmed, read in pages (the stored rows,
   * with their sentences, are never all parsed at once); null when no document has a row. Over the cap,
   * in the order the documents were added, the oldest dropped as they pass twice the cap, so that the
   * latest are those kept; under it, in the stored order.
   */
  private async latestRows(store: Store): Promise<Mention[][] | null> {
    const rank = await documentOrder(store);
    let kept: { ms: Mention[]; at: number }[] = [];
    let n = 0;
    let any = false;
    const latest = () => {
      kept.sort((x, y) => x.at - y.at);
      let from = kept.length;
      for (let held = 0; from > 0 && held < this.maxMentions; ) held += kept[--from].ms.length;
      n -= kept.slice(0, from).reduce((k, x) => k + x.ms.length, 0);
      return kept.slice(from);
    };
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.listCorpusItems<Mention[]>(MENTIONS_KIND, { limit: PAGE, offset });
      for (const r of page) {
        any = true;
        const ms = r.data.filter(canDate).map((m) => this.slimmer.slim(m));
        if (!ms.length) continue;
        kept.push({ ms, at: latestRank(rank, r.docIds ?? [r.id]) });
        n += ms.length;
      }
      if (n > 2 * this.maxMentions) kept = latest();
      if (page.length < PAGE) break;
    }
    if (!any) return null;
    return (n > this.maxMentions ? latest() : kept).map((x) => x.ms);
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
