// Reader for CoNLL-style column files (CoNLL-2003: "word POS chunk NER"; CrossNER: "word<TAB>tag"):
// documents of sentences of words with the last column as the gold tag. Used by training,
// evaluation and `dossier tag ner --format conll`.

export interface ConllSentence {
  words: string[];
  tags: string[];
  /** Line index of each word in the input, so a writer can append a column in place. */
  lines: number[];
}

export interface ConllDoc {
  sentences: ConllSentence[];
}

export function readConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let sent: ConllSentence = { words: [], tags: [], lines: [] };
  const flushSentence = () => {
    if (sent.words.length > 0) doc.sentences.push(sent);
    sent = { words: [], tags: [], lines: [] };
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '') {
      flushSentence();
      continue;
    }
    const cols = line.split(/[\t ]+/);
    if (cols[0] === '-DOCSTART-') {
      flushSentence();
      if (doc.sentences.length > 0) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    sent.words.push(cols[0]);
    sent.tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
    sent.lines.push(i);
  }
  flushSentence();
  if (doc.sentences.length > 0) docs.push(doc);
  return docs;
}
