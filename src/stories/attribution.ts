// Attribution: where a sentence credits its content to an outlet or a person ("according to TASS",
// "The Washington Post reported", "told Reuters", "as first reported by …"). The claims stage uses
// the source key: two articles that both credit the Post carry one origin, not two. A short
// back-reference ("according to the Post") resolves to the outlet named earlier in the document.
import type { Layers, Span } from '../doc/index.js';
import { splitSentences } from '../nlp/index.js';
import data from './data/attribution-cues.json' with { type: 'json' };
import { escapeRegExp, knownOutlet, outletAliases, outletKey, outletName } from './outlet-names.js';

export type SourceKind = 'outlet' | 'person' | 'actor';

export interface Attribution {
  /** The cue phrase with its source, e.g. "according to The Washington Post". */
  start: number;
  end: number;
  source: string;
  sourceStart: number;
  sourceEnd: number;
  /** Equal keys are one origin: `outlet:<name>`, `person:<surname>` or `actor:<name>`. */
  key: string;
  kind: SourceKind;
  cue: string;
  sentence: { start: number; end: number };
}

const SOURCE = `(?<source>${data.generic}|${data.name})`;
const cues = data.cues.map((c) => ({
  id: c.id,
  outletCue: c.outletCue,
  re: new RegExp(c.pattern.replace('{SOURCE}', SOURCE), 'dgu'),
}));
const notSources = new Set(data.notSources);
const mediaWords = new Set(data.mediaWords);
const ALIASES = new RegExp(`\\b(?:${outletAliases().map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');

const stripThe = (s: string) => s.replace(/^[Tt]he /, '');
const lastWord = (s: string) => s.split(/[\s/]+/).at(-1) ?? s;

export function findAttributions(text: string, layers: Layers = {}): Attribution[] {
  const sentences = splitSentences(text);
  const mentions = [...text.matchAll(ALIASES)].map((m) => ({ at: m.index, outlet: outletName(m[0]) }));
  const found: Attribution[] = [];
  for (const cue of cues) {
    for (const m of text.matchAll(cue.re)) {
      const where = m.indices?.groups?.source;
      if (!where) continue;
      const [sourceStart, sourceEnd] = trimSource(text, where[0], where[1]);
      const raw = text.slice(sourceStart, sourceEnd);
      // "Maduro's alleged …" is a possessive, not "Maduro alleged".
      if (cue.id === 'source-reported' && /^['’]/.test(text.slice(sourceEnd, where[1]))) continue;
      if (!raw || notSources.has(stripThe(raw).split(' ')[0]) || notSources.has(raw)) continue;
      if (found.some((f) => f.sourceStart < sourceEnd && sourceStart < f.sourceEnd)) continue;
      const named = backReference(raw, sourceStart, mentions) ?? raw;
      const kind = kindOf(named, cue.outletCue, layers.entities ?? [], sourceStart, sourceEnd);
      const sentence = sentences.find((s) => s.start <= m.index && m.index < s.end) ?? {
        start: 0,
        end: text.length,
      };
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        source: kind === 'outlet' ? outletName(stripThe(named)) : named,
        sourceStart,
        sourceEnd,
        key: keyOf(named, kind),
        kind,
        cue: cue.id,
        sentence: { start: sentence.start, end: sentence.end },
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The attributions as a document layer (label ATTRIBUTION, the source and key in attrs). */
export function attributionSpans(text: string, layers: Layers = {}): Span[] {
  return findAttributions(text, layers).map((a) => ({
    start: a.start,
    end: a.end,
    label: 'ATTRIBUTION',
    prov: { component: 'attribution', rule: a.cue },
    attrs: { source: a.source, key: a.key, kind: a.kind, sourceStart: a.sourceStart, sourceEnd: a.sourceEnd },
  }));
}

/** Drops a trailing possessive or period the name pattern swallowed. */
function trimSource(text: string, start: number, end: number): [number, number] {
  let e = end;
  const s = text.slice(start, e);
  const cut = /(?:['’]s?|\.)$/.exec(s);
  if (cut && !knownOutlet(s)) e -= cut[0].length;
  return [start, e];
}

/** "the Post" → the outlet last named before it whose name ends in "Post". */
function backReference(raw: string, at: number, mentions: { at: number; outlet: string }[]): string | null {
  const bare = stripThe(raw);
  if (bare.includes(' ') || knownOutlet(bare)) return null;
  const earlier = mentions.filter((m) => m.at < at && lastWord(m.outlet) === bare);
  return earlier.at(-1)?.outlet ?? null;
}

function kindOf(
  name: string,
  outletCue: boolean,
  entities: readonly Span[],
  start: number,
  end: number,
): SourceKind {
  if (knownOutlet(stripThe(name)) || mediaWords.has(lastWord(name)) || outletCue) return 'outlet';
  if (/\b(?:media|television|TV|agenc(?:y|ies)|outlets?|newspapers?|broadcasters?)$/.test(name))
    return 'outlet';
  const entity = entities.find((e) => e.start < end && start < e.end);
  return entity && (entity.label === 'PERSON' || entity.label === 'PER') ? 'person' : 'actor';
}

function keyOf(name: string, kind: SourceKind): string {
  if (kind === 'outlet') return outletKey(stripThe(name));
  const folded = stripThe(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return kind === 'person' ? `person:${lastWord(folded)}` : `actor:${folded}`;
}
