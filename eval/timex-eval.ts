// `dossier eval timex`: TempEval-3 Task A over a folder of TimeML files, Dossier's tagger against the
// gold annotations, with chrono-node scored the same way on the same files for comparison.
import { tagTimex } from '../src/time/index.js';
import { chronoTimexes } from './timex-chrono.js';
import { countDoc, emptyCounts, figures, type ScoredTimex, type TimexFigures } from './timex-score.js';
import { readTimemlDir } from './timex-timeml.js';

export interface TimexEvalResult {
  documents: number;
  goldTimexes: number;
  dossier: TimexFigures;
  chrono: TimexFigures;
  /** Wrong values and missed/spurious spans, for error analysis. */
  errors: { doc: string; gold: string; system: string }[];
}

export function evalTimex(dir: string): TimexEvalResult {
  const docs = readTimemlDir(dir);
  const ours = emptyCounts();
  const base = emptyCounts();
  const errors: TimexEvalResult['errors'] = [];
  for (const doc of docs) {
    const sys = tagTimex(doc.text, { dct: doc.dct });
    const pairs = countDoc(ours, doc.timexes, sys);
    countDoc(base, doc.timexes, chronoTimexes(doc.text, doc.dct));
    const show = (t: ScoredTimex) => `${doc.text.slice(t.start, t.end)} ${t.type} ${t.value}`;
    for (const [g, s] of pairs)
      if (g.value !== s.value) errors.push({ doc: doc.id, gold: show(g), system: show(s) });
    const matchedG = new Set(pairs.map((p) => p[0]));
    const matchedS = new Set(pairs.map((p) => p[1]));
    for (const g of doc.timexes)
      if (!matchedG.has(g)) errors.push({ doc: doc.id, gold: show(g), system: '' });
    for (const s of sys)
      if (!matchedS.has(s))
        errors.push({
          doc: doc.id,
          gold: '',
          system: `${show(s)} [${(s as { rule?: string }).rule}] …${doc.text.slice(Math.max(0, s.start - 30), s.end + 20).replace(/\s+/g, ' ')}`,
        });
  }
  return {
    documents: docs.length,
    goldTimexes: ours.gold,
    dossier: figures(ours),
    chrono: figures(base),
    errors,
  };
}
