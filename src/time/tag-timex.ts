// Finds and normalizes the time expressions of a text. Every rule proposes spans; the longest
// non-overlapping ones win (a vetoed span such as "31 February" still blocks shorter readings); then,
// in reading order, each is resolved against the document date or the date last mentioned before it.
import { splitSentences } from '../nlp/index.js';
import { dateRules } from './grammar-dates.js';
import { relativeRules } from './grammar-relative.js';
import { spanRules } from './grammar-spans.js';
import { extendModifiers } from './modifiers.js';
import type { Built, Rule } from './rule.js';
import { clauseTense } from './tense.js';
import type { TimeContext, Timex } from './timex.js';
import { valueInterval } from './value-interval.js';

export interface TagOptions {
  /** Document creation time, YYYY-MM-DD (a longer ISO string is cut); null or absent when unknown. */
  dct?: string | null;
  /** Sentence ranges, when the caller has them; otherwise the text is split here. */
  sentences?: readonly { start: number; end: number }[];
}

/** How far back (in characters, about two sentences) an anaphoric expression looks for its anchor. */
const ANAPHOR_REACH = 400;

const rules: readonly Rule[] = [...dateRules, ...relativeRules, ...spanRules];

interface Candidate {
  rule: Rule;
  match: RegExpExecArray;
  start: number;
  end: number;
  veto: boolean;
  order: number;
}

function candidates(text: string, ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  rules.forEach((rule, order) => {
    rule.re.lastIndex = 0;
    for (const match of text.matchAll(rule.re)) {
      const built = rule.build(match as RegExpExecArray, ctx);
      if (built === null) continue;
      const veto = built === 'reject';
      const start = match.index + (veto ? 0 : (built.from ?? 0));
      const end = match.index + (veto ? match[0].length : (built.to ?? match[0].length));
      if (end > start) out.push({ rule, match: match as RegExpExecArray, start, end, veto, order });
    }
  });
  return out;
}

function select(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
  );
  const taken: Candidate[] = [];
  for (const c of sorted) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  }
  return taken.filter((c) => !c.veto).sort((a, b) => a.start - b.start);
}

export function tagTimex(text: string, options: TagOptions = {}): Timex[] {
  const dct = options.dct ? options.dct.slice(0, 10) : null;
  const sentences = options.sentences ?? splitSentences(text);
  const base: TimeContext = { dct, ref: null, refCoarse: null, tense: 'past' };
  const chosen = select(candidates(text, base));
  const out: Timex[] = [];
  let ref: TimeContext['ref'] = null;
  let refCoarse: TimeContext['refCoarse'] = null;
  // An earnings report: "a year ago" there is the same quarter of the year before.
  const quarterly =
    (text.match(/\bquarter\b/gi)?.length ?? 0) >= 2 &&
    /\b(?:net income|earnings|profit|revenue|a share)\b/i.test(text);
  let si = 0;
  for (const c of chosen) {
    while (si < sentences.length - 1 && sentences[si].end <= c.start) si++;
    const sentence = sentences[si] ?? { start: 0, end: text.length };
    // An anaphor refers back to a date mentioned shortly before; past that, the document date anchors it.
    const recent = (r: TimeContext['ref']) => (r && c.start - r.start <= ANAPHOR_REACH ? r : null);
    const ctx: TimeContext = {
      dct,
      ref: recent(ref),
      refCoarse: recent(refCoarse),
      quarterly,
      sentence: text.slice(sentence.start, sentence.end),
      tense: clauseTense(text, c.start, c.end, sentence),
    };
    c.rule.re.lastIndex = 0;
    const built = c.rule.build(c.match, ctx);
    if (!built || built === 'reject') continue;
    const timex = extendModifiers(text, toTimex(text, c, built));
    out.push(timex);
    if (
      timex.type !== 'DURATION' &&
      timex.type !== 'SET' &&
      /^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(timex.value)
    ) {
      ref = { value: timex.value.slice(0, 10), start: timex.start };
    }
    if (
      timex.type === 'DATE' &&
      /^\d{4}(?:-(?:\d{2}|Q\d))?(?:-\d{2})?$/.test(timex.value) &&
      timex.anchor !== 'dct'
    ) {
      refCoarse = { value: timex.value, start: timex.start };
    }
  }
  return out;
}

function toTimex(text: string, c: Candidate, b: Built): Timex {
  const t: Timex = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: b.type,
    value: b.value,
    rule: `${c.rule.name}:${b.how}`,
    resolved: b.resolved,
    granularity: b.granularity,
  };
  if (b.mod) t.mod = b.mod as Timex['mod'];
  if (b.anchor) t.anchor = b.anchor;
  const interval = b.interval ?? valueInterval(t.value);
  if (interval) t.interval = interval;
  return t;
}
