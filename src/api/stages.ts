// The corpus-level stages the API exposes, as data: which store kind holds each one's items and what to tell
// a user when the store holds none. An endpoint returns real items as soon as a stage writes them.
export interface StageInfo {
  /** The `kind` passed to Store.listCorpusItems. */
  kind: string;
  title: string;
  /** Shown when the store holds no items of this kind. */
  empty: string;
}

export const stages = {
  entities: {
    kind: 'entity',
    title: 'Entities',
    empty:
      'No entities yet: entity resolution has not written any for the stored documents (it needs their entity-tagger layer).',
  },
  timeline: {
    kind: 'timeline',
    title: 'Timeline',
    empty: 'No timeline yet: the cross-article timeline stage has not written any items for these documents.',
  },
  quotes: {
    kind: 'quote',
    title: 'Quotes',
    empty:
      'No attributed quotes yet: quote attribution across documents has not written any for these documents.',
  },
  events: {
    kind: 'event',
    title: 'Events',
    empty: 'No events yet: event and relation extraction is not part of this build yet.',
  },
  relations: {
    kind: 'relation',
    title: 'Relations',
    empty:
      'No relations yet: event and relation extraction is not part of this build yet, so there is no network.',
  },
  claims: {
    kind: 'claim',
    title: 'Claims',
    empty: 'No claims yet: claim extraction is not part of this build.',
  },
  reactions: {
    kind: 'reaction',
    title: 'Reactions',
    empty:
      'No reactions yet: who reacted to what is derived from claims and quotes, which are not part of this build.',
  },
  stories: {
    kind: 'story',
    title: 'Stories',
    empty: 'No stories yet: grouping articles into stories is not part of this build.',
  },
  framing: {
    kind: 'framing',
    title: 'Framing',
    empty: 'No framing analysis yet: tone and hedging per source are not part of this build.',
  },
} satisfies Record<string, StageInfo>;

export type StageName = keyof typeof stages;
