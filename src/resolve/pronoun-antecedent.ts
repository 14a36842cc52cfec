// Which person a pronoun in attribution position ("…,” he said"; "She added") refers to: the nearest
// earlier person of compatible gender outside quotes, if they are the only one in their sentence, or
// that sentence's speaker, or its subject; no one when an untagged speaker came in between.

import { endsInNonPersonHead, type Gender, isAttributionAdverb, isAttributionVerb } from './coref-lexicon.js';
import type { Cluster } from './doc-clusters.js';
import { insideRegion, type Region } from './quoted-regions.js';
import type { Profile } from './stated-roles.js';

export interface TextRange {
  start: number;
  end: number;
}

/** A mention of a cluster (a name, or a reference already linked). */
export interface Anchor {
  start: number;
  end: number;
  cluster: Cluster;
}

const PRONOUN_WINDOW = 2000;
const personTypes = new Set(['PERSON', 'PER']);

/** Sentence ranges by punctuation, for a document that comes without a sentences layer. */
export function sentenceRanges(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’)]*\s+(?=[\p{Lu}“"‘])|\n+/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}

function sentenceAt(sentences: readonly TextRange[], at: number): TextRange {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo] ?? { start: 0, end: at };
}

/** The person a pronoun in attribution position refers to, and why; null when nothing decides. */
export function pronounAntecedent(
  text: string,
  site: { start: number; gender: Gender },
  seen: readonly Anchor[],
  profiles: ReadonlyMap<Cluster, Profile>,
  quotes: readonly Region[],
  sentences: readonly TextRange[],
): { cluster: Cluster; why: string } | null {
  const compatible = (a: Anchor) => {
    if (!isPerson(a.cluster) || insideRegion(quotes, a.start)) return false;
    const g = profiles.get(a.cluster)?.gender;
    return !g || g === site.gender;
  };
  let nearest: Anchor | null = null;
  let k = seen.length - 1;
  for (; k >= 0 && site.start - seen[k].start <= PRONOUN_WINDOW; k--) {
    if (compatible(seen[k])) {
      nearest = seen[k];
      break;
    }
  }
  if (!nearest) return null;
  const between = seen.slice(k + 1);
  const tagged = (at: number) => between.some((a) => a.start <= at && at < a.end);
  if (untaggedSpeakerBetween(text, nearest.end, site.start, quotes, tagged)) return null;
  const sentence = sentenceAt(sentences, nearest.start);
  const inSentence: Anchor[] = [];
  for (; k >= 0 && seen[k].start >= sentence.start; k--) if (compatible(seen[k])) inSentence.unshift(seen[k]);
  const people = [...new Set(inSentence.map((a) => a.cluster))];
  let pick: Cluster | null = null;
  let why = '';
  if (people.length === 1) {
    pick = people[0];
    why = 'the nearest person of compatible gender';
  } else {
    const speakers = [...new Set(inSentence.filter((a) => isSpeaker(text, a)).map((a) => a.cluster))];
    if (speakers.length === 1) {
      pick = speakers[0];
      why = 'the speaker of the nearest sentence naming a compatible person';
    } else if (/^\W*(?:\p{L}+\s+)?$/u.test(text.slice(sentence.start, inSentence[0].start))) {
      pick = inSentence[0].cluster;
      why = 'the subject of the nearest sentence naming a compatible person';
    }
  }
  if (!pick) return null;
  const p = profiles.get(pick);
  if (p && !p.gender) p.gender = site.gender;
  return { cluster: pick, why };
}

/** A mention with a reporting verb right after it ("Galeotti wrote") or right before it, closing ("…, said Galeotti."). */
function isSpeaker(text: string, a: Anchor): boolean {
  const after = /^,?\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(a.end, a.end + 30));
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, a.start - 16), a.start));
  return (
    (after !== null &&
      (isAttributionVerb(after[1]) ||
        (isAttributionAdverb(after[1]) && after[2] !== undefined && isAttributionVerb(after[2])))) ||
    (before !== null &&
      isAttributionVerb(before[1]) &&
      /^(?:['’]s)?\s*(?:[.,;:!?]|$)/.test(text.slice(a.end, a.end + 3)))
  );
}

const NOT_NAMES =
  /^(?:He|She|It|They|We|I|You|The|This|That|These|Those|A|An|But|And|Or|So|Then|Later|Officials?|Police|Critics|Experts|Analysts|Sources)$/;

/**
 * "Nefzi said. He said …": someone the tagger did not mark spoke between the candidate and the
 * pronoun, so the pronoun is probably theirs — better no link than the wrong one.
 */
function untaggedSpeakerBetween(
  text: string,
  from: number,
  to: number,
  quotes: readonly Region[],
  tagged: (at: number) => boolean,
): boolean {
  if (to - from > PRONOUN_WINDOW) return false;
  const stretch = text.slice(from, to);
  const skip = (at: number, word: string) => NOT_NAMES.test(word) || insideRegion(quotes, at) || tagged(at);
  for (const m of stretch.matchAll(/(\p{Lu}[\p{L}’'-]+),?\s+(\p{L}+)(?:\s+(\p{L}+))?/gu)) {
    const verb = isAttributionVerb(m[2]) || (isAttributionAdverb(m[2]) && !!m[3] && isAttributionVerb(m[3]));
    if (verb && !skip(from + (m.index ?? 0), m[1])) return true;
  }
  // "Nefzi, a chemistry professor, said"
  for (const m of stretch.matchAll(/(\p{Lu}[\p{L}’'-]+),[^,.;:“”"]{2,80},\s+(\p{L}+)/gu)) {
    if (isAttributionVerb(m[2]) && !skip(from + (m.index ?? 0), m[1])) return true;
  }
  for (const m of stretch.matchAll(/\b(\p{L}+)\s+(\p{Lu}[\p{L}’'-]+)\s*[.,;:!?]/gu)) {
    const at = from + (m.index ?? 0) + m[0].indexOf(m[2], m[1].length);
    if (isAttributionVerb(m[1]) && !skip(at, m[2])) return true;
  }
  return false;
}

export const isPerson = (c: Cluster) => personTypes.has(c.type) && !c.names.some(endsInNonPersonHead);
