// Sentence-level tone from a word list (data/tone.json): each sentence scores (positive − negative)
// / (positive + negative) and keeps the words that made the score, so a reader can check it.
import toneData from './data/tone.json' with { type: 'json' };

const positive = new Set(toneData.positive);
const negative = new Set(toneData.negative);
const WORD = /[\p{L}]+(?:['’-][\p{L}]+)*/gu;

export interface SentenceTone {
  score: number;
  positive: string[];
  negative: string[];
}

export function sentenceTone(text: string): SentenceTone {
  const pos: string[] = [];
  const neg: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (positive.has(w)) pos.push(w);
    else if (negative.has(w)) neg.push(w);
  }
  const n = pos.length + neg.length;
  return { score: n ? (pos.length - neg.length) / n : 0, positive: pos, negative: neg };
}

export interface ToneSummary {
  /** Mean score of the sentences that carry any tone word, in [-1, 1]; 0 when none do. */
  score: number;
  label: 'negative' | 'neutral' | 'positive';
  sentences: number;
  /** The most frequent tone words behind the score. */
  words: { positive: string[]; negative: string[] };
}

const top = (words: string[], n = 5) => {
  const count = new Map<string, number>();
  for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
  return [...count]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w, c]) => (c > 1 ? `${w}×${c}` : w));
};

export function summarizeTone(tones: readonly SentenceTone[]): ToneSummary {
  const toned = tones.filter((t) => t.positive.length + t.negative.length > 0);
  const score = toned.length ? toned.reduce((s, t) => s + t.score, 0) / toned.length : 0;
  const rounded = Math.round(score * 100) / 100;
  return {
    score: rounded,
    label: rounded <= -0.2 ? 'negative' : rounded >= 0.2 ? 'positive' : 'neutral',
    sentences: toned.length,
    words: {
      positive: top(toned.flatMap((t) => t.positive)),
      negative: top(toned.flatMap((t) => t.negative)),
    },
  };
}
