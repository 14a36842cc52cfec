// The product tagger over CoNLL column files: per document, product entity types mapped back to
// the four CoNLL types (GPE+LOC → LOC; NORP, EVENT, WEAPON → MISC; TITLE dropped). Serves
// `dossier tag ner --format conll` and `dossier eval ner`.
import type { ConllDoc } from './conll.js';
import { labelSentences } from './entity-labeler.js';
import { conllType } from './entity-types.js';
import type { TokenSpan } from './ner-labels.js';
import { spansToIob2 } from './ner-labels.js';
import type { NerModel } from './ner-model.js';
import { tagDocument } from './ner-tagger.js';

/** Predicted CoNLL-typed spans per sentence of one document; `raw` skips rules and type mapping. */
export function predictConll(doc: ConllDoc, opts: { raw?: boolean; model?: NerModel } = {}): TokenSpan[][] {
  const words = doc.sentences.map((s) => s.words);
  if (opts.raw) return tagDocument(words, opts.model);
  return labelSentences(words, opts.model).map((spans) => {
    const out: TokenSpan[] = [];
    for (const s of spans) {
      const type = conllType(s.type);
      if (type && !out.some((o) => o.start < s.end && s.start < o.end))
        out.push({ start: s.start, end: s.end, type });
    }
    return out;
  });
}

/** The input lines with one more column, the predicted IOB2 tag; other lines unchanged. */
export function tagConllText(text: string, docs: readonly ConllDoc[], opts: { raw?: boolean } = {}): string {
  const lines = text.split('\n');
  const tags = new Map<number, string>();
  for (const doc of docs) {
    const predicted = predictConll(doc, opts);
    doc.sentences.forEach((s, i) => {
      const iob = spansToIob2(s.words.length, predicted[i]);
      s.lines.forEach((line, k) => {
        tags.set(line, iob[k]);
      });
    });
  }
  return lines
    .map((line, i) => {
      const tag = tags.get(i);
      if (tag === undefined) return line;
      const cr = line.endsWith('\r') ? '\r' : '';
      const body = cr ? line.slice(0, -1) : line;
      return `${body}${body.includes('\t') ? '\t' : ' '}${tag}${cr}`;
    })
    .join('\n');
}
