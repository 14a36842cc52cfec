// Incremental story clustering: each new document is compared with the stories that share its
// strongest features and joins the most similar one above a threshold, or starts a new story; a
// story the document made close to another absorbs it. Nothing else is recomputed, so document N+1
// costs a comparison against a few candidate stories. Vectors are TF-IDF (IDF from the documents
// seen so far) over content words, person surnames, other names and dates; the cosine of each kind
// is blended by weight. A story only accepts documents near its dates.
import { addInto, type SparseVector, unit } from './sparse-vector.js';
import { type FeatureKind, featureKind } from './story-features.js';

export interface StoryOptions {
  /** The similarity a document needs to join a story. */
  threshold: number;
  /** Two stories whose centroids are at least this similar become one (null: never merge). */
  mergeThreshold: number | null;
  weights: Record<FeatureKind, number>;
  /** 'per-kind': cosine per feature kind, blended by weight; 'concat': one cosine over all features. */
  combine: 'per-kind' | 'concat';
  /** A document more than this many days away from a story's first and last dates never joins it. */
  windowDays: number;
  /** Within the window, similarity halves for every this many days of distance. */
  halfLifeDays: number;
  /** How many of a document's strongest features are used to find candidate stories. */
  probeFeatures: number;
  /**
   * A story keeps its this many strongest centroid features (what is stored of it, so a story costs
   * the same in a long run as after a reload); it is cut back once it holds twice as many.
   */
  centroidFeatures: number;
  /**
   * How many stories are held for clustering (null: all). Past this and a tenth more, the stories that
   * took a document least recently are retired down to it: they leave memory and take no more
   * documents or merges, so a later document that would have joined one starts a story instead (the
   * bound's trade-off; up to it, results do not depend on it). About 80 KB per story at most.
   */
  maxStories: number | null;
  /** Whether `clusters()` still lists retired stories (their member ids stay in memory). */
  listRetired: boolean;
}

/** Tuned on the ECB+ dev topics (see `dossier eval clusters`); only these general knobs were tuned. */
export const defaultStoryOptions: StoryOptions = {
  threshold: 0.3,
  mergeThreshold: 0.5,
  weights: { w: 1, p: 0.5, e: 0.2, d: 0.1 },
  combine: 'per-kind',
  windowDays: 30,
  halfLifeDays: 14,
  probeFeatures: 40,
  centroidFeatures: 400,
  maxStories: 1000,
  listRetired: true,
};

/** A story as stored: enough to keep clustering after a restart without the member documents. */
export interface StoryState {
  id: string;
  docIds: string[];
  /** Sum of the members' unit log-TF vectors (IDF is applied at comparison time). */
  centroid: Record<string, number>;
  first: string | null;
  last: string | null;
}

export interface Assignment {
  docId: string;
  storyId: string;
  similarity: number;
  isNew: boolean;
  /** Stories folded into `storyId` because the document made them alike; they no longer exist. */
  merged: string[];
}

/** A weighted vector split by feature kind, each part with its norm. */
type Parts = Map<string, { v: SparseVector; norm: number }>;

interface Story {
  id: string;
  docIds: string[];
  centroid: SparseVector;
  first: number | null;
  last: number | null;
  /** When it last took a document (or was restored), on the clusterer's clock. */
  touched: number;
  /** The weighted centroid and the corpus size it was weighted at; dropped when the story changes. */
  cache: { parts: Parts; docs: number } | null;
}

const DAY = 86_400_000;
/** IDF drifts as documents arrive; a cached story vector is re-weighted after the corpus grows 10%. */
const REWEIGHT_GROWTH = 1.1;

function toTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

const isoDay = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));

export class StoryClusterer {
  readonly options: StoryOptions;
  private readonly df = new Map<string, number>();
  private docs = 0;
  private readonly stories = new Map<string, Story>();
  /** Feature → the stories whose centroid has it: most features have one, held as the bare id. */
  private readonly postings = new Map<string, string | Set<string>>();
  private readonly retired = new Map<string, string[]>();
  /** Counts joins, so stories can be ordered by when they last took a document. */
  private clock = 0;

  constructor(options: Partial<StoryOptions> = {}) {
    this.options = {
      ...defaultStoryOptions,
      ...options,
      weights: { ...defaultStoryOptions.weights, ...options.weights },
    };
  }

  /** Counts a document's features into the IDF statistics (add does this itself unless told not to). */
  observe(features: ReadonlyMap<string, number>): void {
    this.observeKeys(features.keys());
  }

  /** Counts one document's feature keys (as `observe` does), e.g. straight from a stored record. */
  observeKeys(keys: Iterable<string>): void {
    this.docs++;
    for (const f of keys) this.df.set(f, (this.df.get(f) ?? 0) + 1);
  }

  /** Puts back a stored story (its members are already counted by `observe`). */
  restore(state: StoryState): void {
    const story: Story = {
      id: state.id,
      docIds: [...state.docIds],
      centroid: new Map(Object.entries(state.centroid)),
      first: toTime(state.first),
      last: toTime(state.last),
      touched: ++this.clock,
      cache: null,
    };
    this.stories.set(story.id, story);
    for (const f of story.centroid.keys()) this.post(f, story.id);
  }

  /** Assigns one document; `learn: false` when its features were already counted with `observe`. */
  add(
    docId: string,
    features: ReadonlyMap<string, number>,
    published?: string | null,
    learn = true,
  ): Assignment {
    if (learn) this.observe(features);
    const tf = logTf(features);
    const doc = this.parts(tf);
    const when = toTime(published);
    let best: { story: Story; sim: number } | null = null;
    for (const story of this.candidates(doc)) {
      const sim = this.similarity(doc, story, when);
      if (sim >= this.options.threshold && (!best || sim > best.sim)) best = { story, sim };
    }
    const story = best?.story ?? this.open(docId);
    this.join(story, tf, docId, when);
    const merged = this.mergeInto(story);
    this.retireLeastRecent();
    return { docId, storyId: story.id, similarity: best?.sim ?? 1, isNew: !best, merged };
  }

  /** A story's state; `members: false` leaves its member list empty (a large story's list is long). */
  state(id: string, { members = true } = {}): StoryState | null {
    const s = this.stories.get(id);
    if (!s) return null;
    return {
      id: s.id,
      docIds: members ? [...s.docIds] : [],
      centroid: Object.fromEntries(s.centroid),
      first: isoDay(s.first),
      last: isoDay(s.last),
    };
  }

  /** Every story's members (retired ones too, unless `listRetired` is off), for evaluation and listings. */
  clusters(): Map<string, string[]> {
    return new Map([
      ...[...this.retired].map(([id, docIds]): [string, string[]] => [id, [...docIds]]),
      ...[...this.stories.values()].map((s): [string, string[]] => [s.id, [...s.docIds]]),
    ]);
  }

  /** How many stories are held for clustering (retired ones are not). */
  get liveStories(): number {
    return this.stories.size;
  }

  isLive(id: string): boolean {
    return this.stories.has(id);
  }

  /** Retires the least recently joined stories once there are a tenth more than `maxStories`. */
  private retireLeastRecent(): void {
    const max = this.options.maxStories;
    if (max === null || this.stories.size <= max + Math.ceil(max / 10)) return;
    const order = [...this.stories.values()].sort((a, b) => a.touched - b.touched);
    for (const story of order.slice(0, this.stories.size - max)) {
      this.stories.delete(story.id);
      for (const f of story.centroid.keys()) this.unpost(f, story.id);
      if (this.options.listRetired) this.retired.set(story.id, story.docIds);
    }
  }

  private idf(f: string): number {
    return Math.log((this.docs + 1) / ((this.df.get(f) ?? 0) + 1)) + 1;
  }

  /** Weights a raw vector by kind weight and IDF, split into the parts that are compared. */
  private parts(v: SparseVector): Parts {
    const out: Parts = new Map();
    for (const [f, x] of v) {
      const w = this.options.weights[featureKind(f)] ?? 0;
      if (!w) continue;
      const key = this.options.combine === 'concat' ? '*' : featureKind(f);
      const part = out.get(key) ?? { v: new Map(), norm: 0 };
      out.set(key, part);
      const y = x * w * this.idf(f);
      part.v.set(f, y);
      part.norm += y * y;
    }
    for (const p of out.values()) p.norm = Math.sqrt(p.norm);
    return out;
  }

  private storyParts(story: Story): Parts {
    if (!story.cache || this.docs > story.cache.docs * REWEIGHT_GROWTH) {
      story.cache = { parts: this.parts(story.centroid), docs: this.docs };
    }
    return story.cache.parts;
  }

  /** Cosine per part, blended by the kind weights over the parts both sides have. */
  private blend(a: Parts, b: Parts): number {
    let sum = 0;
    let weight = 0;
    for (const [kind, pa] of a) {
      const pb = b.get(kind);
      if (!pb || !pa.norm || !pb.norm) continue;
      const [small, large] = pa.v.size <= pb.v.size ? [pa.v, pb.v] : [pb.v, pa.v];
      let d = 0;
      for (const [f, x] of small) d += x * (large.get(f) ?? 0);
      const w = kind === '*' ? 1 : this.options.weights[kind as FeatureKind];
      sum += (w * d) / (pa.norm * pb.norm);
      weight += w;
    }
    return weight ? sum / weight : 0;
  }

  private candidates(doc: Parts): Set<Story> {
    const all = [...doc.values()].flatMap((p) => [...p.v]);
    const probe = all.sort((a, b) => b[1] - a[1]).slice(0, this.options.probeFeatures);
    const out = new Set<Story>();
    for (const [f] of probe) {
      const ids = this.postings.get(f);
      if (typeof ids === 'string') out.add(this.stories.get(ids)!);
      else if (ids) for (const id of ids) out.add(this.stories.get(id)!);
    }
    return out;
  }

  private similarity(doc: Parts, story: Story, when: number | null): number {
    let gap = 0;
    if (when !== null && story.first !== null && story.last !== null) {
      gap = Math.max(0, story.first - when, when - story.last) / DAY;
      if (gap > this.options.windowDays) return 0;
    }
    return this.blend(doc, this.storyParts(story)) * 0.5 ** (gap / this.options.halfLifeDays);
  }

  /** Folds into `story` every candidate story now close enough to it; only stories it touches are compared. */
  private mergeInto(story: Story): string[] {
    const t = this.options.mergeThreshold;
    if (t === null) return [];
    const merged: string[] = [];
    const mine = this.storyParts(story);
    for (const other of this.candidates(mine)) {
      if (other === story || !this.near(story, other)) continue;
      if (this.blend(mine, this.storyParts(other)) < t) continue;
      addInto(story.centroid, other.centroid);
      story.docIds.push(...other.docIds);
      for (const x of [other.first, other.last]) if (x !== null) this.widen(story, x);
      this.stories.delete(other.id);
      for (const f of other.centroid.keys()) {
        this.unpost(f, other.id);
        this.post(f, story.id);
      }
      merged.push(other.id);
    }
    if (merged.length) story.cache = null;
    return merged;
  }

  private near(a: Story, b: Story): boolean {
    if (a.first === null || b.first === null || a.last === null || b.last === null) return true;
    return Math.max(0, a.first - b.last, b.first - a.last) / DAY <= this.options.windowDays;
  }

  private widen(story: Story, when: number): void {
    story.first = story.first === null ? when : Math.min(story.first, when);
    story.last = story.last === null ? when : Math.max(story.last, when);
  }

  private open(docId: string): Story {
    const story: Story = {
      id: `story:${docId}`,
      docIds: [],
      centroid: new Map(),
      first: null,
      last: null,
      touched: 0,
      cache: null,
    };
    this.stories.set(story.id, story);
    return story;
  }

  private join(story: Story, tf: SparseVector, docId: string, when: number | null): void {
    addInto(story.centroid, this.options.combine === 'concat' ? unit(tf) : unitPerKind(tf));
    story.docIds.push(docId);
    story.touched = ++this.clock;
    story.cache = null;
    if (when !== null) this.widen(story, when);
    for (const f of tf.keys()) this.post(f, story.id);
    if (story.centroid.size > 2 * this.options.centroidFeatures) this.prune(story);
  }

  /** Cuts a story's centroid back to its strongest features; the rest no longer find it. */
  private prune(story: Story): void {
    const keep = this.options.centroidFeatures;
    const sorted = Float64Array.from(story.centroid.values()).sort();
    const cut = sorted[sorted.length - keep]!;
    let kept = 0;
    for (const [f, w] of story.centroid) {
      if (w > cut || (w === cut && kept < keep)) kept++;
      else {
        story.centroid.delete(f);
        this.unpost(f, story.id);
      }
    }
  }

  private post(f: string, id: string): void {
    const ids = this.postings.get(f);
    if (ids === undefined) this.postings.set(f, id);
    else if (typeof ids !== 'string') ids.add(id);
    else if (ids !== id) this.postings.set(f, new Set([ids, id]));
  }

  /** Drops a story from a feature's postings, and the postings once no story has the feature. */
  private unpost(f: string, id: string): void {
    const ids = this.postings.get(f);
    if (ids === undefined) return;
    if (typeof ids === 'string') {
      if (ids === id) this.postings.delete(f);
      return;
    }
    ids.delete(id);
    if (ids.size === 1) this.postings.set(f, ids.values().next().value!);
  }
}

function logTf(features: ReadonlyMap<string, number>): SparseVector {
  const out: SparseVector = new Map();
  for (const [f, n] of features) if (n > 0) out.set(f, 1 + Math.log(n));
  return out;
}

function unitPerKind(v: SparseVector): SparseVector {
  const parts = new Map<FeatureKind, SparseVector>();
  for (const [f, x] of v) {
    const k = featureKind(f);
    if (!parts.has(k)) parts.set(k, new Map());
    parts.get(k)!.set(f, x);
  }
  const out: SparseVector = new Map();
  for (const part of parts.values()) for (const [f, x] of unit(part)) out.set(f, x);
  return out;
}
