// How one article frames its story: genre (from cleaning), tone overall and toward each actor it
// names most, the share of hedged, speculative and opinion sentences, whose voices it quotes, and
// the claims and entities no other article carries.
import type { ClaimView } from '../claims/claim-status.js';
import { readModality } from '../claims/modality.js';
import type { Genre } from '../doc/index.js';
import type { StoredDoc } from '../store/store.js';
import { type SentenceTone, sentenceTone, summarizeTone, type ToneSummary } from './tone.js';
import { sideShares, type VoiceShare, voiceShares } from './voices.js';

export interface ActorTone extends ToneSummary {
  actor: string;
  entityId: string;
  mentions: number;
}

export interface ArticleFraming {
  docId: string;
  title: string | null;
  outlet: string | null;
  syndicatedFrom: string | null;
  genre: Genre | null;
  sentences: number;
  tone: ToneSummary;
  toneToward: ActorTone[];
  /** Shares of sentences (0–1) with hedging, speculation and opinion cues. */
  hedging: number;
  speculation: number;
  opinion: number;
  voices: VoiceShare[];
  /** Shares of quotes by the country their speakers speak for. */
  sides: { side: string; share: number }[];
  /** Pairs of the article's own sentences that contradict each other (flagged at ingest). */
  selfContradictions: number;
  /** Claims no other article carries, and entities no other article names. */
  exclusive: { claims: number; examples: { id: string; text: string }[]; entities: string[] };
}

const ACTORS = 6;
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE']);
const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 100) / 100 : 0);

interface Context {
  /** Claims whose evidence is this document's alone. */
  ownClaims: ClaimView[];
  /** Entity id → number of stored documents naming it. */
  entityDocs: Map<string, number>;
  /** Entity id → the country it belongs to (from resolution), for quoted voices' sides. */
  sideOf?: (entityId: string) => string | null;
  selfContradictions?: number;
}

export function frameArticle(doc: StoredDoc, ctx: Context): ArticleFraming {
  const sentences = (doc.layers.sentences ?? []).map((s) => ({ s, text: doc.text.slice(s.start, s.end) }));
  const tones = sentences.map(({ text }) => sentenceTone(text));
  const readings = sentences.map(({ text }) => readModality(text));
  const links = doc.layers['entity-links'] ?? [];
  const names = new Map<string, { name: string; count: number; type: string }>();
  for (const l of links) {
    const id = l.attrs?.entityId;
    if (typeof id !== 'string' || !ACTOR_TYPES.has(l.label)) continue;
    const text = doc.text.slice(l.start, l.end);
    const n = names.get(id) ?? { name: text, count: 0, type: l.label };
    n.count++;
    if (text.length > n.name.length) n.name = text;
    names.set(id, n);
  }
  const toneToward = [...names]
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, ACTORS)
    .map(([id, n]): ActorTone => {
      const mine: SentenceTone[] = [];
      sentences.forEach(({ s }, i) => {
        if (links.some((l) => l.attrs?.entityId === id && l.start >= s.start && l.end <= s.end))
          mine.push(tones[i]);
      });
      return { actor: n.name, entityId: id, mentions: n.count, ...summarizeTone(mine) };
    });
  const exclusiveEntities = [...names]
    .filter(([id]) => (ctx.entityDocs.get(id) ?? 0) <= 1)
    .map(([, n]) => n.name)
    .slice(0, 10);
  const voices = voiceShares(doc, ctx.sideOf);
  const substantive = ctx.ownClaims.filter((c) => c.modality === 'asserted');
  return {
    docId: doc.id,
    title: doc.title,
    outlet: doc.outlet,
    syndicatedFrom: doc.syndicatedFrom,
    genre: doc.genre,
    sentences: sentences.length,
    tone: summarizeTone(tones),
    toneToward,
    hedging: ratio(
      readings.filter((r) => r.cues.some((c) => c.startsWith('hedge:'))).length,
      sentences.length,
    ),
    speculation: ratio(
      readings.filter((r) => r.cues.some((c) => c.startsWith('speculation:'))).length,
      sentences.length,
    ),
    opinion: ratio(
      readings.filter((r) => r.cues.some((c) => c.startsWith('opinion:'))).length,
      sentences.length,
    ),
    voices,
    sides: sideShares(voices),
    selfContradictions: ctx.selfContradictions ?? 0,
    exclusive: {
      claims: ctx.ownClaims.length,
      examples: (substantive.length ? substantive : ctx.ownClaims)
        .slice(0, 3)
        .map((c) => ({ id: c.id, text: c.text })),
      entities: exclusiveEntities,
    },
  };
}
