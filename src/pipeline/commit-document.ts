// Storing one analysed document with everything corpus-level it changes, in one transaction: the
// corpus stages (entity resolution, then events, quotes, the timeline, stories and claims over the
// resolved mentions) plan their writes against what is already stored, and the store commits the
// document, its layers and those writes together, or nothing.
import { ClaimStage } from '../claims/claim-stage.js';
import { type Doc, withLayer } from '../doc/index.js';
import { EventStage, extractDocEvents } from '../events/event-stage.js';
import { eventWrites } from '../events/event-store.js';
import { planQuotes } from '../quotes/quote-stage.js';
import { EntityStage, LINKS_LAYER } from '../resolve/entity-stage.js';
import { contentHash, docIdFor } from '../store/content-hash.js';
import type { AddOptions, AddResult, Store } from '../store/store.js';
import { ATTRIBUTIONS_LAYER, StoryStage } from '../stories/story-stage.js';
import { TimelineStage } from '../time/timeline-stage.js';

/** A worker reloads the stages once other writers may have grown the corpus by this share. Reloading
 * reads the whole corpus index, so its cost per document is about 1/RELOAD_GROWTH times the index's
 * load cost per stored document. */
const RELOAD_GROWTH = 0.25;

export class CorpusStages {
  private constructor(
    /** How many documents the store held when the stages were loaded. */
    readonly loadedDocs: number,
    private readonly entities: EntityStage,
    private readonly events: EventStage,
    private readonly timeline: TimelineStage,
    private readonly stories: StoryStage,
    private readonly claims: ClaimStage,
  ) {}

  /** Loads what the corpus stages need once per run (their indexes), not once per document. */
  static async load(store: Store): Promise<CorpusStages> {
    return new CorpusStages(
      await store.countDocuments(),
      await EntityStage.load(store),
      await EventStage.load(store),
      await TimelineStage.load(store),
      await StoryStage.load(store),
      await ClaimStage.load(store, { reprints: false }),
    );
  }

  /**
   * Whether a worker that committed `jobs` documents since loading should reload, to see what other
   * workers stored: after `every` jobs, and not before the corpus may have grown by a quarter, so that
   * reloading costs a bounded share of the work at any size; and only if the store holds documents the
   * worker did not write itself (a lone worker's indexes are already complete).
   */
  async stale(store: Store, jobs: number, every: number): Promise<boolean> {
    // The store is asked every `every` jobs past the threshold, not on every job.
    if (jobs < Math.max(every, this.loadedDocs * RELOAD_GROWTH) || jobs % every !== 0) return false;
    return (await store.countDocuments()) > this.loadedDocs + jobs;
  }

  /** `write` stores the result (a queue worker passes its job's completeJob, to commit both at once). */
  async commit(
    store: Store,
    doc: Doc,
    write: (doc: Doc, options: AddOptions) => Promise<AddResult> = (d, o) => store.addDocument(d, o),
  ): Promise<AddResult> {
    const id = docIdFor(contentHash(doc.text));
    // A duplicate must not count its mentions again, so check before resolving.
    if ((await store.findIds(id, 1)).includes(id)) return { status: 'duplicate', id };
    const plan = this.entities.resolve(id, doc);
    const events = eventWrites(id, this.events.plan(extractDocEvents(id, doc, plan.layer, plan.entities)));
    const quotes = planQuotes(id, doc.text, doc.layers.quotes ?? [], plan.layer, plan.entities);
    const linked = withLayer(withLayer(doc, LINKS_LAYER, plan.layer), 'quotes', quotes.layer);
    const story = this.stories.plan(id, linked);
    const final = withLayer(linked, ATTRIBUTIONS_LAYER, story.attributions);
    const corpus = [
      ...plan.writes,
      ...events,
      quotes.write,
      this.timeline.plan(id, linked),
      ...story.writes,
      ...this.claims.plan(id, final, story.fingerprint),
    ];
    return write(final, { corpus });
  }
}
