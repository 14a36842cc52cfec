// What one pool thread runs for one article: cleaning, then the document-level analysis. The same
// function runs inline when there is no pool, so the two paths cannot drift apart. A thread answers
// with the Doc (its raw bytes moved back, not copied) or with the error's code and message, because a
// DossierError's class and code do not survive the trip between threads.
import type { MessagePort } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { cleanArticle } from '../clean/clean-article.js';
import type { Doc } from '../doc/index.js';
import { DossierError, type ErrorCode, errorMessage } from '../errors.js';
import type { Article } from '../ingest/reader.js';
import { analyzeDoc } from './analyze.js';

export interface AnalysisTask {
  article: Article;
  /** false: clean only (the document is stored without the analysis layers). */
  analyze: boolean;
  /** Told when the thread starts on the article (the pool's time limit counts from then). */
  started?: MessagePort;
}

export type AnalysisReply = { doc: Doc } | { error: { code: ErrorCode | null; message: string } };

export function analyseArticle(article: Article, analyze = true): Doc {
  const clean = cleanArticle(article);
  return analyze ? analyzeDoc(clean) : clean;
}

/** True when the bytes alone own their buffer, so moving it detaches nothing else. */
export function ownsBuffer(bytes: Uint8Array): boolean {
  return (
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  );
}

export default function runAnalysisTask(task: AnalysisTask): AnalysisReply | ReturnType<typeof move> {
  task.started?.postMessage('started');
  try {
    const doc = analyseArticle(task.article, task.analyze);
    const bytes = doc.raw.bytes;
    if (!ownsBuffer(bytes)) return { doc };
    return move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: { doc } });
  } catch (err) {
    return { error: { code: err instanceof DossierError ? err.code : null, message: errorMessage(err) } };
  }
}
