// The corpus-level stages the API exposes, as data: each one's title and what to tell a user when the store
// holds nothing from it. Each stage is read through its own listing function (routes/knowledge.ts and
// neighbours).
export interface StageInfo {
  title: string;
  /** Shown when the store holds nothing from this stage. */
  empty: string;
}

export const stages = {
  entities: {
    title: 'Entities',
    empty:
      'No entities yet: entity resolution has not written any for the stored documents (it needs their entity-tagger layer).',
  },
  timeline: {
    title: 'Timeline',
    empty:
      'No timeline yet: the timeline stage has not written any items for the stored documents (or is not part of this build).',
  },
  quotes: {
    title: 'Quotes',
    empty:
      'No quotes yet: quote attribution has not written any for the stored documents (or is not part of this build).',
  },
  events: {
    title: 'Events',
    empty:
      'No events yet: event extraction has not written any for the stored documents (it needs resolved entities).',
  },
  claims: {
    title: 'Claims',
    empty:
      'No claims yet: claim extraction has not produced any for the stored documents (or is not part of this build).',
  },
  reactions: {
    title: 'Reactions',
    empty:
      'No reactions yet: no actor in the stored documents is reported condemning, supporting or staying silent on the central event.',
  },
  stories: {
    title: 'Stories',
    empty:
      'No stories yet: grouping articles into stories has not run on the stored documents (or is not part of this build).',
  },
  framing: {
    title: 'Framing',
    empty:
      'No framing analysis yet: tone and hedging per source have not been computed (or are not part of this build).',
  },
} satisfies Record<string, StageInfo>;

export type StageName = keyof typeof stages;
