// Who a sentence credits its claim to: the attributions src/stories finds ("according to The
// Washington Post", "the Post reported", "Galeotti said"), else the named speaker of a direct quote
// in the sentence. Keys are the stories module's origin keys (`outlet:…`, `person:…`, `actor:…`), so
// two articles crediting the same source, or one reprinting that source, meet as one origin.
import type { Doc, Span } from '../doc/index.js';
import {
  ATTRIBUTIONS_LAYER,
  type Attribution,
  findAttributions,
  knownOutlet,
  outletKey,
  outletName,
} from '../stories/index.js';
import type { Claimant } from './claim-types.js';

type TextLayers = Pick<Doc, 'text' | 'layers'>;

interface SpeakerAttrs {
  speaker?: { name: string; type: string } | null;
}

/** The same key src/stories gives a source of that kind. */
function speakerKey(name: string, type: string): string {
  if (knownOutlet(name)) return outletKey(name);
  const folded = name
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return type === 'PERSON' ? `person:${folded.split(' ').at(-1)}` : `actor:${folded}`;
}

/** A direct quote's named speaker (an interviewee is the claimant, not the article). */
function fromQuotes(doc: TextLayers, sentence: Pick<Span, 'start' | 'end'>): Claimant | null {
  for (const q of doc.layers.quotes ?? []) {
    if (q.label !== 'QUOTE_DIRECT' || q.end <= sentence.start || q.start >= sentence.end) continue;
    const sp = (q.attrs as SpeakerAttrs | undefined)?.speaker;
    if (!sp?.name || !['PERSON', 'ORG'].includes(sp.type)) continue;
    const name = knownOutlet(sp.name) ? outletName(sp.name) : sp.name;
    return { name, key: speakerKey(sp.name, sp.type), cue: 'direct quote', start: -1, end: -1 };
  }
  return null;
}

/** Every attribution in the document, once (the story stage's layer when it ran); `claimantIn` picks a sentence's. */
export function documentAttributions(doc: TextLayers): Attribution[] {
  const layer = doc.layers[ATTRIBUTIONS_LAYER];
  if (!layer) return findAttributions(doc.text, doc.layers);
  return layer.map((s) => {
    const a = s.attrs as Pick<Attribution, 'source' | 'key' | 'kind' | 'sourceStart' | 'sourceEnd'>;
    return {
      ...a,
      start: s.start,
      end: s.end,
      cue: s.prov.rule ?? 'attribution',
      sentence: { start: s.start, end: s.end },
    };
  });
}

/** The outlet the sentence credits, else the first source it credits, else a direct quote's speaker. */
export function claimantIn(
  doc: TextLayers,
  sentence: Pick<Span, 'start' | 'end'>,
  attributions: readonly Attribution[],
): Claimant | null {
  // A credited outlet frames the whole sentence ("…, whom Russia says …, according to the Post").
  const here = attributions.filter((x) => x.start >= sentence.start && x.start < sentence.end);
  const a = here.find((x) => x.kind === 'outlet') ?? here[0];
  if (a) return { name: a.source, key: a.key, cue: a.cue, start: a.sourceStart, end: a.sourceEnd };
  return fromQuotes(doc, sentence);
}
