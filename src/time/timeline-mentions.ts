// One document's timeline mentions: each sentence that states something happening at a known time
// (its own time expression, or the time the sentence before it in the same paragraph set). A document
// without a date gets one estimated from its own dated content or, failing that, from a happening
// other articles of the story date fully ("January 3" + the same actors → 2026-01-03).
import { splitSentences } from '../nlp/index.js';
import { spanTimex } from './components.js';
import { tagTimex } from './tag-timex.js';
import { actorKeys, eventTerms, guessActors } from './timeline-features.js';
import type { AnalysedDoc, Evidence, Mention, TimelineItem } from './timeline-types.js';
import type { Timex } from './timex.js';

const ACTOR_LABELS = new Set(['PERSON', 'PER', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC']);
const HAPPENING =
  /\b(?:[a-z]{3,}ed|was|were|had|did|said|told|met|took|went|came|made|won|lost|began|fell|held|sent|led|wrote|signed|will|has|have)\b/i;

interface Sentence {
  start: number;
  end: number;
}

function sentencesOf(doc: AnalysedDoc): Sentence[] {
  const layer = doc.layers.sentences;
  return layer?.length ? layer.map((s) => ({ start: s.start, end: s.end })) : splitSentences(doc.text);
}

function evidence(doc: AnalysedDoc, s: Sentence): Evidence {
  return { docId: doc.id, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
}

function actorsIn(doc: AnalysedDoc, s: Sentence): string[] {
  const ents = doc.layers.entities?.filter(
    (e) => e.start >= s.start && e.end <= s.end && ACTOR_LABELS.has(e.label),
  );
  if (ents?.length) return [...new Set(ents.map((e) => doc.text.slice(e.start, e.end)))];
  return guessActors(doc.text.slice(s.start, s.end), doc.text);
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** A date for an undated document: its latest fully written date, or one the story's other articles give. */
export function estimateReportTime(
  doc: AnalysedDoc,
  sentences: Sentence[],
  timexes: Timex[],
  story: readonly TimelineItem[],
): Mention['reportTimeEstimate'] | null {
  let best: Mention['reportTimeEstimate'] | null = null;
  const consider = (value: string, from: 'content' | 'story', at: number) => {
    const s = sentences.find((x) => x.start <= at && at < x.end) ?? { start: at, end: at };
    if (!best || value > best.value) best = { value, from, evidence: evidence(doc, s) };
  };
  for (const t of timexes) {
    if (t.type === 'DATE' && t.granularity === 'day' && t.resolved && t.anchor === undefined)
      consider(t.value, 'content', t.start);
    const md = /^XXXX-(\d{2}-\d{2})$/.exec(t.value)?.[1];
    if (!md) continue;
    const s = sentences.find((x) => x.start <= t.start && t.start < x.end);
    if (!s) continue;
    const text = doc.text.slice(s.start, s.end);
    const keys = actorsIn(doc, s).flatMap(actorKeys);
    const terms = eventTerms(text);
    for (const item of story) {
      const hit = item.mentions.find(
        (m) =>
          m.granularity === 'day' &&
          m.value.endsWith(`-${md}`) &&
          m.timeSource === 'explicit' &&
          shares(m.actorKeys, keys) &&
          shares(m.terms, terms),
      );
      if (hit) consider(hit.value, 'story', t.start);
    }
  }
  return best;
}

export function docMentions(doc: AnalysedDoc, story: readonly TimelineItem[] = []): Mention[] {
  const sentences = sentencesOf(doc);
  let dct = doc.published ? doc.published.slice(0, 10) : null;
  const stored = doc.layers.timex;
  let timexes =
    dct && stored ? stored.map((s) => spanTimex(doc.text, s)) : tagTimex(doc.text, { dct, sentences });
  let estimate: Mention['reportTimeEstimate'] | null = null;
  if (!dct) {
    estimate = estimateReportTime(doc, sentences, timexes, story);
    if (estimate) {
      dct = estimate.value;
      timexes = tagTimex(doc.text, { dct, sentences });
    }
  }
  const out: Mention[] = [];
  let carried: { t: Timex; end: number; from: string } | null = null;
  for (const s of sentences) {
    const text = doc.text.slice(s.start, s.end);
    const inside = timexes.filter(
      (t) => t.start >= s.start && t.end <= s.end && t.interval && t.type !== 'SET',
    );
    const dated = inside.filter((t) => t.type === 'DATE' || t.type === 'TIME');
    const own = dated.sort((a, b) => rank(a) - rank(b))[0];
    if (carried && doc.text.slice(carried.end, s.start).includes('\n')) carried = null;
    const terms = eventTerms(text);
    const isHappening =
      !/\?\s*$/.test(text) && text.split(/\s+/).length >= 5 && (terms.length > 0 || HAPPENING.test(text));
    // A sentence without its own time takes the one just set, if it reports a deed rather than words.
    const time = own ?? (terms.some((k) => k !== 'statement') ? carried?.t : undefined);
    if (time?.interval && isHappening) {
      const actors = actorsIn(doc, s);
      out.push({
        id: `${doc.id}:${s.start}`,
        docId: doc.id,
        value: time.value,
        start: time.interval.begin,
        end: time.interval.end,
        granularity: time.type === 'DURATION' ? 'day' : time.granularity,
        ...(time.mod ? { mod: time.mod } : {}),
        timeSource: own ? 'explicit' : 'narrative',
        ...(own || !carried ? {} : { timeFrom: carried.from }),
        label: text.length > 200 ? `${text.slice(0, 197)}…` : text,
        actors,
        actorKeys: [...new Set(actors.flatMap(actorKeys))],
        terms,
        evidence: evidence(doc, s),
        reportTime: dct,
        ...(estimate ? { reportTimeEstimate: estimate } : {}),
        rule: time.rule,
      });
    }
    // Only a precise time (a day, or a few days) carries over to the next sentence; "in 2002" does not.
    const last = inside.filter(carries).at(-1);
    if (last) {
      carried = { t: last, end: s.end, from: `${doc.id}:${s.start}` };
    }
  }
  return out;
}

function carries(t: Timex): boolean {
  if (!t.interval) return false;
  const days = (Date.parse(t.interval.end) - Date.parse(t.interval.begin)) / 86400000;
  return (t.type === 'DATE' || t.type === 'TIME' || t.rule.startsWith('first-units-of')) && days <= 7;
}

/** Granularities from finest to coarsest, for choosing the most precise mention. */
export const granRank: Record<string, number> = {
  minute: 0,
  hour: 1,
  partofday: 2,
  day: 3,
  week: 4,
  month: 5,
  season: 6,
  quarter: 7,
  half: 8,
  year: 9,
  decade: 10,
  century: 11,
  millennium: 12,
};
function rank(t: Timex): number {
  return granRank[t.granularity] ?? 20;
}
