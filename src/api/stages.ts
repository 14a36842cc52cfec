// The corpus-level stages the API exposes, as data: which store kind holds each one's items (null when the
// stage has its own listing function) and what to tell a user when the store holds none.
export interface StageInfo {
  /** The `kind` passed to Store.listCorpusItems, for stages served straight from corpus items. */
  kind: string | null;
  title: string;
  /** Shown when the store holds no items of this kind. */
  empty: string;
}

export const stages = {
  entities: {
    kind: null,
    title: 'Entities',
    empty:
      'No entities yet: entity resolution has not written any for the stored documents (it needs their entity-tagger layer).',
  },
  timeline: {
    kind: null,
    title: 'Timeline',
    empty:
      'No timeline yet: the timeline stage has not written any items for the stored documents (or is not part of this build).',
  },
  quotes: {
    kind: null,
    title: 'Quotes',
    empty:
      'No quotes yet: quote attribution has not written any for the stored documents (or is not part of this build).',
  },
  events: {
    kind: null,
    title: 'Events',
    empty:
      'No events yet: event extraction has not written any for the stored documents (it needs resolved entities).',
  },
  claims: {
    kind: null,
    title: 'Claims',
    empty:
      'No claims yet: claim extraction has not produced any for the stored documents (or is not part of this build).',
  },
  reactions: {
    kind: null,
    title: 'Reactions',
    empty:
      'No reactions yet: no actor in the stored documents is reported condemning, supporting or staying silent on the central event.',
  },
  stories: {
    kind: 'story',
    title: 'Stories',
    empty:
      'No stories yet: grouping articles into stories has not run on the stored documents (or is not part of this build).',
  },
  framing: {
    kind: null,
    title: 'Framing',
    empty:
      'No framing analysis yet: tone and hedging per source have not been computed (or are not part of this build).',
  },
} satisfies Record<string, StageInfo>;

export type StageName = keyof typeof stages;
