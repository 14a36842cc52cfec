// Whose words an article carries: quotes (direct and reported) counted by resolved speaker, as a
// share of all attributed quotes, and by side (the country a speaker speaks for).
import type { Doc } from '../doc/index.js';

export interface VoiceShare {
  speaker: string;
  entityId: string | null;
  type: string | null;
  quotes: number;
  direct: number;
  share: number;
  /** The country the speaker speaks for (ISO code, from entity resolution), when known. */
  side: string | null;
}

interface SpeakerAttrs {
  speaker?: { name: string; type?: string; entityId?: string } | null;
  direct?: boolean;
}

export function voiceShares(
  doc: Pick<Doc, 'layers'>,
  sideOf: (entityId: string) => string | null = () => null,
): VoiceShare[] {
  const by = new Map<string, VoiceShare>();
  let total = 0;
  for (const q of doc.layers.quotes ?? []) {
    const a = (q.attrs ?? {}) as SpeakerAttrs;
    if (!a.speaker?.name) continue;
    total++;
    const key = a.speaker.entityId ?? a.speaker.name.toLowerCase();
    const v = by.get(key) ?? {
      speaker: a.speaker.name,
      entityId: a.speaker.entityId ?? null,
      type: a.speaker.type ?? null,
      quotes: 0,
      direct: 0,
      share: 0,
      side: a.speaker.entityId ? sideOf(a.speaker.entityId) : null,
    };
    v.quotes++;
    if (a.direct || q.label === 'QUOTE_DIRECT') v.direct++;
    by.set(key, v);
  }
  return [...by.values()]
    .map((v) => ({ ...v, share: Math.round((v.quotes / total) * 100) / 100 }))
    .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
}

/** Shares of attributed quotes by side; speakers with no known country count as 'unknown'. */
export function sideShares(voices: readonly VoiceShare[]): { side: string; share: number }[] {
  const total = voices.reduce((s, v) => s + v.quotes, 0);
  const by = new Map<string, number>();
  for (const v of voices) by.set(v.side ?? 'unknown', (by.get(v.side ?? 'unknown') ?? 0) + v.quotes);
  return [...by]
    .map(([side, n]) => ({ side, share: Math.round((n / total) * 100) / 100 }))
    .sort((a, b) => b.share - a.share);
}
