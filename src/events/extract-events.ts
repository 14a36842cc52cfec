// Who did what to whom in one sentence: find a trigger (a verb or noun from the lexicon), then the
// actor and target among the resolved entity mentions around it — the subject on the left, the object
// on the right, swapped for the passive ("was captured by") — plus modality, time and place.
import type { Span } from '../doc/index.js';
import { tokenize } from '../nlp/tokenize.js';
import type { EventMention, Modality, Participant } from './event.js';
import { modalityWords, type Trigger, triggerLexicon } from './ontology.js';

export interface SentenceInput {
  docId: string;
  text: string;
  sentence: { start: number; end: number };
  /** Resolved mentions in the document ('entity-links' layer: attrs.entityId). */
  mentions: readonly Span[];
  names: ReadonlyMap<string, string>;
  timex: readonly Span[];
}

const beForms = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);
const prepositions = new Set([
  'in',
  'at',
  'on',
  'near',
  'from',
  'into',
  'to',
  'of',
  'for',
  'with',
  'about',
  'over',
  'by',
  'against',
  'across',
]);
const placePrepositions = new Set(['in', 'at', 'near', 'outside', 'inside', 'across']);
const targetPrepositions = new Set(['of', 'to', 'against', 'on', 'with', 'for']);
const actorTypes = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC']);
const maxTargetGap = 12;
const determiners = new Set(['the', 'a', 'an']);
const patientNouns = new Set(['17', '18']);
const nounMarkers = new Set(["'s", '’s', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

export function extractEvents(input: SentenceInput): EventMention[] {
  const { text, sentence } = input;
  const tokens = tokenize(text.slice(sentence.start, sentence.end)).map((t) => ({
    ...t,
    start: t.start + sentence.start,
    end: t.end + sentence.start,
    lower: t.text.toLowerCase(),
  }));
  const mentions = input.mentions.filter(
    (m) => m.start >= sentence.start && m.end <= sentence.end && actorTypes.has(m.label) && m.attrs?.entityId,
  );
  if (mentions.length === 0) return [];
  const inMention = (pos: number) => mentions.some((m) => pos >= m.start && pos < m.end);
  // The word governing a mention, looking past articles: "by the United States" → by.
  const wordBefore = (pos: number) =>
    tokens.filter((t) => t.end <= pos && !determiners.has(t.lower)).at(-1)?.lower ?? '';
  const participant = (m: Span): Participant => ({
    entityId: String(m.attrs!.entityId),
    name: input.names.get(String(m.attrs!.entityId)) ?? text.slice(m.start, m.end),
    type: m.label,
  });

  const found: EventMention[] = [];
  tokens.forEach((tok, i) => {
    if (inMention(tok.start)) return;
    // After a determiner or possessive a word like "capture" or "strike" is a noun.
    const nounSlot = i > 0 && nounMarkers.has(tokens[i - 1].lower);
    const asNoun = triggerLexicon.nouns.get(tok.lower);
    const verb = nounSlot && asNoun ? undefined : triggerLexicon.verbs.get(tok.lower);
    const noun = verb ? undefined : asNoun;
    const trigger: Trigger | undefined = verb ?? noun;
    if (!trigger) return;
    const left = mentions.filter((m) => m.end <= tok.start);
    const right = mentions.filter(
      (m) =>
        m.start >= tok.end &&
        tokens.filter((t) => t.start >= tok.end && t.end <= m.start).length <= maxTargetGap,
    );
    const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower);
    const passive =
      trigger.kind === 'verb' && before.some((w) => beForms.has(w)) && /(ed|en|ld|ht|ck|t)$/.test(tok.lower);

    let actor: Span | undefined;
    let target: Span | undefined;
    if (trigger.kind === 'noun') {
      // "the US capture of Maduro", "Russia's arms sales to Venezuela"
      actor = left
        .filter((m) => tokens.filter((t) => t.start >= m.end && t.end <= tok.start).length <= 3)
        .at(-1);
      target = right.find((m) => targetPrepositions.has(wordBefore(m.start)));
      // "Maduro's capture": a person before a coercion or attack noun is what it was done to.
      if (actor?.label === 'PERSON' && !target && patientNouns.has(trigger.code))
        [actor, target] = [undefined, actor];
    } else if (passive) {
      target = left.filter((m) => !prepositions.has(wordBefore(m.start))).at(-1);
      actor = right.find((m) => wordBefore(m.start) === 'by');
    } else {
      actor = left.filter((m) => !prepositions.has(wordBefore(m.start))).at(-1);
      target = right.find((m) => !placePrepositions.has(wordBefore(m.start)) && wordBefore(m.start) !== 'by');
    }
    if (!actor && !target) return;
    if (actor && target && actor.attrs!.entityId === target.attrs!.entityId) target = undefined;
    const place = [...right, ...left].find(
      (m) =>
        m !== actor &&
        m !== target &&
        (m.label === 'GPE' || m.label === 'LOC') &&
        placePrepositions.has(wordBefore(m.start)),
    );
    const time = nearestTime(input.timex, sentence, tok.start);
    found.push({
      code: trigger.code,
      sub: trigger.sub ?? null,
      actor: actor ? participant(actor) : null,
      target: target ? participant(target) : null,
      modality: modalityOf(
        tokens.slice(Math.max(0, i - 6), i).map((t) => t.lower),
        tokens.slice(i + 1, i + 3).map((t) => t.lower),
      ),
      time,
      place: place ? participant(place) : null,
      trigger: { start: tok.start, end: tok.end, text: tok.text },
      pattern: `${trigger.kind}:${trigger.lemma}${passive ? ':passive' : ''}`,
      evidence: {
        docId: input.docId,
        start: sentence.start,
        end: sentence.end,
        text: text.slice(sentence.start, sentence.end),
      },
    });
  });
  return found;
}

function modalityOf(before: string[], after: string[]): Modality {
  const has = (set: Set<string>) => before.some((w) => set.has(w));
  if (has(modalityWords.negation) || after[0] === 'not' || after[0] === "n't") return 'negated';
  if (has(modalityWords.requested) && before.includes('to')) return 'requested';
  if (has(modalityWords.hypothetical)) return 'hypothetical';
  if (has(modalityWords.planned)) return 'planned';
  return 'asserted';
}

function nearestTime(
  timex: readonly Span[],
  sentence: { start: number; end: number },
  at: number,
): string | null {
  const inside = timex.filter(
    (t) => t.start >= sentence.start && t.end <= sentence.end && (t.label === 'DATE' || t.label === 'TIME'),
  );
  inside.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  const v = inside[0]?.attrs?.value;
  return typeof v === 'string' ? v : null;
}
