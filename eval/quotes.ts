// `dossier eval quotes`: runs the quote finder over the PolNeAR documents and prints the figures
// SOURCE.md asks for (span P/R/F1 per role, quote-level F1 at 0.3/0.8 coverage, speaker accuracy,
// recall on gold contents with and without quote marks).
import { findEntities } from '../src/nlp/index.js';
import { findAttributions, findQuotes } from '../src/quotes/index.js';
import { type ReadOptions, readPolnear } from './quotes-data.js';
import {
  type Counts,
  type DocScore,
  emptyCounts,
  type PredictedQuote,
  prf,
  type Role,
  scoreDoc,
} from './quotes-score.js';

/** The product's path: entities from the language core, then the attribution tagger. */
export function taggedQuotes(text: string): PredictedQuote[] {
  const entities = findEntities(text).map((m) => ({ start: m.start, end: m.end, label: m.type }));
  return findAttributions(text, { entities }).map((q) => ({
    content: q.parts,
    source: q.source,
    cue: q.cue,
  }));
}

/** The rule-based finder alone (the tagger's baseline and one of its features). */
export function ruleQuotes(text: string): PredictedQuote[] {
  return findQuotes(text).map((q) => ({ content: q.parts, source: q.source, cue: q.cue }));
}

export interface QuotesEvalReport {
  docs: number;
  /** The official split scored, or 'all'. */
  split: string;
  exact: Record<Role, ReturnType<typeof prf>>;
  begin: Record<Role, ReturnType<typeof prf>>;
  quote: Record<'0.3' | '0.8', ReturnType<typeof prf>>;
  speakerAccuracy: number;
  recallMarked: number;
  recallUnmarked: number;
}

export interface QuotesEvalOptions extends ReadOptions {
  /** The finder to score (default: the product's, taggedQuotes). */
  find?: (text: string) => PredictedQuote[];
}

export function runQuotesEval(dir: string, opts: QuotesEvalOptions = {}): QuotesEvalReport {
  const docs = readPolnear(dir, opts);
  const find = opts.find ?? taggedQuotes;
  const roles: Role[] = ['source', 'cue', 'content'];
  const sum = {
    exact: Object.fromEntries(roles.map((r) => [r, emptyCounts()])) as Record<Role, Counts>,
    begin: Object.fromEntries(roles.map((r) => [r, emptyCounts()])) as Record<Role, Counts>,
    quote: { '0.3': emptyCounts(), '0.8': emptyCounts() },
    speaker: { correct: 0, total: 0 },
    byMark: { marked: { matched: 0, gold: 0 }, unmarked: { matched: 0, gold: 0 } },
  } satisfies DocScore;
  for (const doc of docs) {
    const s = scoreDoc(doc.text, doc.attributions, find(doc.text));
    for (const r of roles) {
      add(sum.exact[r], s.exact[r]);
      add(sum.begin[r], s.begin[r]);
    }
    add(sum.quote['0.3'], s.quote['0.3']);
    add(sum.quote['0.8'], s.quote['0.8']);
    sum.speaker.correct += s.speaker.correct;
    sum.speaker.total += s.speaker.total;
    for (const k of ['marked', 'unmarked'] as const) {
      sum.byMark[k].matched += s.byMark[k].matched;
      sum.byMark[k].gold += s.byMark[k].gold;
    }
  }
  const map = (x: Record<string, Counts>) =>
    Object.fromEntries(Object.entries(x).map(([k, c]) => [k, prf(c)]));
  return {
    docs: docs.length,
    split: opts.split ?? 'all',
    exact: map(sum.exact) as QuotesEvalReport['exact'],
    begin: map(sum.begin) as QuotesEvalReport['begin'],
    quote: map(sum.quote) as QuotesEvalReport['quote'],
    speakerAccuracy: sum.speaker.total ? sum.speaker.correct / sum.speaker.total : 0,
    recallMarked: sum.byMark.marked.gold ? sum.byMark.marked.matched / sum.byMark.marked.gold : 0,
    recallUnmarked: sum.byMark.unmarked.gold ? sum.byMark.unmarked.matched / sum.byMark.unmarked.gold : 0,
  };
}

function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.pred += b.pred;
  a.gold += b.gold;
}

export function formatQuotesReport(r: QuotesEvalReport): string {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, m: { p: number; r: number; f1: number }) =>
    `${name.padEnd(22)} ${f(m.p)}  ${f(m.r)}  ${f(m.f1)}`;
  const split = r.split === 'all' ? 'all official splits' : `official ${r.split} split`;
  const lines = [`PolNeAR quotes, ${r.docs} documents (${split})`, `${''.padEnd(22)} P      R      F1`];
  for (const role of ['content', 'source', 'cue'] as const) {
    lines.push(row(`${role} begin-match`, r.begin[role]));
    lines.push(row(`${role} exact`, r.exact[role]));
  }
  lines.push(row('quote @0.3 overlap', r.quote['0.3']));
  lines.push(row('quote @0.8 overlap', r.quote['0.8']));
  lines.push(`speaker accuracy (matched @0.3): ${f(r.speakerAccuracy)}`);
  lines.push(`recall @0.3, gold with quote marks: ${f(r.recallMarked)}; without: ${f(r.recallUnmarked)}`);
  return lines.join('\n');
}
