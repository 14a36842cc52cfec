// A short extractive summary of many articles: the sentences whose content words recur across the most
// documents (what the articles agree is the story), at most one per document, no near-repeats. Sentences
// come from the 'sentences' layer when a document has one, else from a simple splitter.
import data from './data/stopwords.json' with { type: 'json' };

const stopwords = new Set(data.words);

export interface SummaryDoc {
  id: string;
  text: string;
  published: string | null;
  sentences?: readonly { start: number; end: number }[];
}

export interface SummarySentence {
  docId: string;
  start: number;
  end: number;
  text: string;
  score: number;
}

const MIN_WORDS = 8;
const MAX_WORDS = 60;
const LEAD_PARAGRAPHS = 3;

function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let para = re.exec(text); para; para = re.exec(text)) {
    const s = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
    for (let m = s.exec(para[0]); m; m = s.exec(para[0])) {
      if (!m[0].trim()) break;
      const lead = m[0].length - m[0].trimStart().length;
      out.push({ start: para.index + m.index + lead, end: para.index + m.index + m[0].trimEnd().length });
    }
  }
  return out;
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]{2,}/gu) ?? []).filter((w) => !stopwords.has(w));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

export function summarize(docs: readonly SummaryDoc[], count = 5): SummarySentence[] {
  const df = new Map<string, number>();
  const candidates: (SummarySentence & { words: Set<string> })[] = [];
  for (const doc of docs) {
    for (const w of new Set(contentWords(doc.text))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  for (const doc of docs) {
    const sentences = doc.sentences?.length ? doc.sentences : splitSentences(doc.text);
    const paraStarts = [0, ...[...doc.text.matchAll(/\n\s*\n/g)].map((m) => m.index! + m[0].length)];
    for (const s of sentences) {
      const text = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
      const n = text.split(' ').length;
      if (n < MIN_WORDS || n > MAX_WORDS || /^[^\p{Lu}“"]/u.test(text)) continue;
      const words = new Set(contentWords(text));
      if (words.size < 4) continue;
      let sum = 0;
      for (const w of words) sum += df.get(w) ?? 0;
      const para = paraStarts.filter((p) => p <= s.start).length;
      const lead = para <= LEAD_PARAGRAPHS ? 1.25 : 1;
      candidates.push({
        docId: doc.id,
        start: s.start,
        end: s.end,
        text,
        score: (sum / words.size) * lead,
        words,
      });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.docId.localeCompare(b.docId) || a.start - b.start);
  const picked: typeof candidates = [];
  const usedDocs = new Set<string>();
  for (const pass of [true, false]) {
    for (const c of candidates) {
      if (picked.length >= count) break;
      if (picked.includes(c) || (pass && usedDocs.has(c.docId))) continue;
      if (picked.some((p) => overlap(p.words, c.words) > 0.5)) continue;
      picked.push(c);
      usedDocs.add(c.docId);
    }
  }
  const date = new Map(docs.map((d) => [d.id, d.published ?? '9999']));
  return picked
    .sort((a, b) => date.get(a.docId)!.localeCompare(date.get(b.docId)!) || a.start - b.start)
    .map(({ words: _, ...s }) => s);
}
