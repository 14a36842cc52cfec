// `dossier eval ner`: entity-level exact-match P/R/F1 (conlleval semantics: IOB1 or IOB2 chunks,
// micro over types) of the product tagger mapped to CoNLL types, on a CoNLL-2003 file or a
// CrossNER file. CrossNER's nine types are mapped to CoNLL's four (documented in CROSSNER_TYPES);
// its sentences come from unrelated Wikipedia articles, so each is tagged as its own document.
import { readFileSync } from 'node:fs';
import { type ConllDoc, readConll } from '../src/nlp/conll.js';
import { predictConll } from '../src/nlp/conll-tagging.js';
import { iobToSpans } from '../src/nlp/ner-labels.js';
import { type Scored, type SpanScore, scoreSpans } from '../src/nlp/span-score.js';

export const CROSSNER_TYPES: Record<string, string> = {
  politician: 'PER',
  person: 'PER',
  politicalparty: 'ORG',
  organisation: 'ORG',
  country: 'LOC',
  location: 'LOC',
  election: 'MISC',
  event: 'MISC',
  misc: 'MISC',
};

export type NerDataFormat = 'conll' | 'crossner';

export interface NerEvalResult extends SpanScore {
  data: string;
  format: NerDataFormat;
  raw: boolean;
  documents: number;
  sentences: number;
  tokens: number;
}

export function detectFormat(text: string): NerDataFormat {
  const first = text.split('\n').find((l) => l.trim() !== '' && !l.startsWith('-DOCSTART-')) ?? '';
  return first.split('\t').length === 2 ? 'crossner' : 'conll';
}

export function evalNer(data: string, opts: { format?: NerDataFormat; raw?: boolean } = {}): NerEvalResult {
  const text = readFileSync(data, 'utf8');
  const format = opts.format ?? detectFormat(text);
  let docs: ConllDoc[] = readConll(text);
  if (format === 'crossner') docs = docs.flatMap((d) => d.sentences.map((s) => ({ sentences: [s] })));
  const gold: Scored[] = [];
  const pred: Scored[] = [];
  let sentences = 0;
  let tokens = 0;
  docs.forEach((doc, d) => {
    const predicted = predictConll(doc, { raw: opts.raw });
    doc.sentences.forEach((s, i) => {
      sentences++;
      tokens += s.words.length;
      for (const g of iobToSpans(s.tags)) {
        const type = format === 'crossner' ? (CROSSNER_TYPES[g.type] ?? 'MISC') : g.type;
        gold.push({ key: `${d}:${i}:${g.start}:${g.end}`, type });
      }
      for (const p of predicted[i]) pred.push({ key: `${d}:${i}:${p.start}:${p.end}`, type: p.type });
    });
  });
  return {
    ...scoreSpans(gold, pred),
    data,
    format,
    raw: Boolean(opts.raw),
    documents: docs.length,
    sentences,
    tokens,
  };
}

export function formatNerEval(r: NerEvalResult): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const row = (name: string, s: SpanScore['overall']) =>
    `${name.padEnd(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp + s.fn).padStart(6)} ${String(s.tp + s.fp).padStart(6)}`;
  return [
    `${r.data} (${r.format}${r.raw ? ', tagger only' : ''}): ${r.documents} documents, ${r.sentences} sentences, ${r.tokens} tokens`,
    'type          P      R     F1   gold   pred',
    row('overall', r.overall),
    ...Object.entries(r.byType).map(([t, s]) => row(t, s)),
  ].join('\n');
}
