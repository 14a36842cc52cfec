// Who did what to whom in one sentence: find a trigger (a verb or noun from the lexicon), then the
// actor and target among the resolved entity mentions around it — the subject on the left, the object
// on the right, swapped for the passive ("was captured by") — plus modality, time and place.
import type { Span } from '../doc/index.js';
import { tokenize } from '../nlp/tokenize.js';
import type { EventMention, Participant } from './event.js';
import { lightVerbs, quantityWords, symmetricClasses, type Trigger, triggerLexicon } from './ontology.js';
import { modalityOf, nearestTime, pairAfter } from './sentence-cues.js';
import { clauseBreaks, linkTriggers } from './trigger-links.js';

export interface SentenceInput {
  docId: string;
  text: string;
  sentence: { start: number; end: number };
  /** Resolved mentions in the document ('entity-links' layer: attrs.entityId). */
  mentions: readonly Span[];
  names: ReadonlyMap<string, string>;
  timex: readonly Span[];
  /** Also return triggers with neither actor nor target (the stage may fill them from context). */
  keepBare?: boolean;
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
const punctuationBreaks = new Set([',', ';', ':', '—', '–']);
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
  if (mentions.length === 0 && !input.keepBare) return [];
  const capitalized = (t: { text: string }) => /^\p{Lu}/u.test(t.text);
  // Token counts by binary search, so the work stays O(tokens × mentions × log tokens) per sentence.
  const endsBy = (pos: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const gap = (from: number, to: number) => Math.max(0, endsBy(to) - endsBy(from));
  const nextMention = new Map(
    mentions.map((m, k) => [m, mentions.slice(k + 1).find((n) => n.start >= m.end)]),
  );
  // "Venezuelan President Nicolás Maduro": a nationality or country naming a title-case title before
  // a person or body modifies it; the person, not the country, is the participant.
  const modifiers = new Set(
    mentions.filter((m) => {
      if (m.label !== 'NORP' && m.label !== 'GPE') return false;
      const next = nextMention.get(m);
      if (!next || (next.label !== 'PERSON' && next.label !== 'ORG')) return false;
      const between = tokens.slice(endsBy(m.end), endsBy(next.start));
      // ...or one lower-case role word that is no trigger ("Salvadoran journalist Carlos Dada").
      const role =
        between.length === 1 &&
        next.label === 'PERSON' &&
        /^\p{Ll}+$/u.test(between[0].text) &&
        !triggerLexicon.verbs.has(between[0].lower) &&
        !triggerLexicon.nouns.has(between[0].lower);
      return role || (between.length <= 3 && between.every(capitalized));
    }),
  );
  const heads = mentions.filter((m) => !modifiers.has(m));
  // Where a head's phrase begins: before its modifier and any title words ("by US President Trump").
  const modifierOf = new Map([...modifiers].map((x) => [nextMention.get(x), x]));
  const phraseStarts = new Map(mentions.map((m) => [m.start, phraseStart(m)]));
  function phraseStart(m: Span): number {
    let start = modifierOf.get(m)?.start ?? m.start;
    if (m.label === 'PERSON') {
      const k = endsBy(start);
      const titles = tokens.slice(Math.max(0, k - 3), k).reverse();
      for (const t of titles) {
        const word = t.lower;
        if (
          !capitalized(t) ||
          prepositions.has(word) ||
          determiners.has(word) ||
          triggerLexicon.verbs.has(word) ||
          triggerLexicon.nouns.has(word)
        )
          break;
        start = t.start;
      }
    }
    return start;
  }
  const inMention = (pos: number) => mentions.some((m) => pos >= m.start && pos < m.end);
  // The word governing a mention, looking past articles: "by the United States" → by.
  const wordBefore = (pos: number) => {
    let k = endsBy(phraseStarts.get(pos) ?? pos) - 1;
    while (k >= 0 && determiners.has(tokens[k].lower)) k--;
    return k >= 0 ? tokens[k].lower : '';
  };
  const participant = (m: Span): Participant => ({
    entityId: String(m.attrs!.entityId),
    name: input.names.get(String(m.attrs!.entityId)) ?? text.slice(m.start, m.end),
    type: m.label,
  });

  const triggers = tokens.map((tok, i): Trigger | undefined => {
    if (inMention(tok.start)) return undefined;
    // After a determiner or possessive a word like "capture" or "strike" is a noun, and a verb-only
    // word there is an adjective ("the armed forces"). A title-case trigger inside a sentence is a
    // heading noun ("Maduro Capture: …").
    const nounSlot = i > 0 && (nounMarkers.has(tokens[i - 1].lower) || capitalized(tok));
    const asNoun = triggerLexicon.nouns.get(tok.lower);
    return nounSlot ? asNoun : (triggerLexicon.verbs.get(tok.lower) ?? asNoun);
  });
  const links = linkTriggers(tokens, triggers);
  // A mention governed by a preposition is no subject, except a group counted out ("thousands of X").
  const governed = (m: Span) => {
    if (!prepositions.has(wordBefore(m.start))) return false;
    const k = endsBy(phraseStarts.get(m.start) ?? m.start) - 1;
    return !(tokens[k]?.lower === 'of' && quantityWords.has(tokens[k - 1]?.lower ?? ''));
  };
  const subjectOf = (pos: number) => heads.filter((m) => m.end <= pos && !governed(m)).at(-1);

  const found: EventMention[] = [];
  tokens.forEach((tok, i) => {
    const trigger = triggers[i];
    if (!trigger || links.skip.has(i)) return;
    const left = heads.filter((m) => m.end <= tok.start);
    // A mention right after a clause break starts a new clause ("With Maduro ousted, Putin …").
    const right = heads.filter(
      (m) =>
        m.start >= tok.end &&
        gap(tok.end, m.start) <= maxTargetGap &&
        !punctuationBreaks.has(wordBefore(m.start)),
    );
    const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower);
    const participle = trigger.kind === 'verb' && /(ed|en|ld|ht|ck|t)$/.test(tok.lower);
    // "With Maduro ousted, …": a participle right after a "with"-phrase is passive too.
    const absolute = left.at(-1);
    const passive =
      participle &&
      (before.some((w) => beForms.has(w)) ||
        (!!absolute &&
          gap(absolute.end, tok.start) === 0 &&
          ['with', 'without'].includes(wordBefore(absolute.start))));

    let actor: Span | undefined;
    let target: Span | undefined;
    if (trigger.kind === 'noun') {
      // "the US capture of Maduro", "Russia's arms sales to Venezuela"
      actor = left
        .filter(
          (m) =>
            gap(m.end, tok.start) <= 3 &&
            !tokens.slice(endsBy(m.end), i).some((t) => clauseBreaks.has(t.lower)),
        )
        .at(-1);
      if (!actor) {
        // "Moscow has maintained a decades-long partnership with Venezuela": the light verb's subject.
        const light = tokens.slice(Math.max(0, i - 5), i).findLastIndex((t) => lightVerbs.has(t.lower));
        if (light >= 0) actor = subjectOf(tokens[Math.max(0, i - 5) + light].start);
      }
      target = right.find(
        (m) =>
          targetPrepositions.has(wordBefore(m.start)) || trigger.targetAfter?.includes(wordBefore(m.start)),
      );
      const agent = right.find((m) => wordBefore(m.start) === 'by');
      const between = pairAfter(tokens, i, right);
      if (between) [actor, target] = between;
      // "Maduro's capture": a person before a coercion or attack noun is what it was done to; the
      // doer, if named, follows "by" ("the removal of Maduro by US forces").
      if (actor?.label === 'PERSON' && patientNouns.has(trigger.code) && !between) {
        const possessive =
          /['’]s$/.test(text.slice(actor.end, tok.start).trim()) || actor.end === tok.start - 1;
        if (!target || (possessive && !['of', 'on', 'against'].includes(wordBefore(target.start))))
          [actor, target] = [agent, actor];
      }
      if (!actor && agent && agent !== target) actor = agent;
    } else if (passive) {
      target =
        subjectOf(tok.start) ?? (absolute && gap(absolute.end, tok.start) === 0 ? absolute : undefined);
      actor = right.find((m) => wordBefore(m.start) === 'by');
    } else {
      actor = subjectOf(tok.start);
      target = right.find(
        (m) =>
          (!placePrepositions.has(wordBefore(m.start)) ||
            trigger.targetAfter?.includes(wordBefore(m.start))) &&
          wordBefore(m.start) !== 'by',
      );
    }
    if (actor && !target && symmetricClasses.has(trigger.code) && trigger.kind === 'verb') {
      // "India and Pakistan fought": the first of a coordinated subject with the second.
      const k = endsBy(phraseStarts.get(actor.start) ?? actor.start) - 1;
      const first = tokens[k]?.lower === 'and' ? subjectOf(tokens[k].start) : undefined;
      if (first && gap(first.end, tokens[k].start) === 0) [actor, target] = [first, actor];
    }
    const control = links.complement.get(i);
    if (control) {
      // "Maduro asked Russia to deliver radars": requested delivery, from the asker to the asked.
      const headTok = tokens[control.head];
      actor = subjectOf(headTok.start);
      if (control.modality === 'requested')
        target = heads.find((m) => m.start >= headTok.end && m.end <= tok.start) ?? target;
    }
    if (!actor && !target && !input.keepBare) return;
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
      modality:
        control?.modality ??
        modalityOf(
          tokens.slice(Math.max(0, i - 6), i).map((t) => t.lower),
          tokens.slice(i + 1, i + 3).map((t) => t.lower),
        ),
      time,
      place: place ? participant(place) : null,
      trigger: { start: tok.start, end: tok.end, text: tok.text },
      pattern: `${trigger.kind}:${trigger.lemma}${passive ? ':passive' : ''}${control ? `:after-${tokens[control.head].lower}` : ''}`,
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
