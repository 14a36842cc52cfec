// Document-level analysis (cleaning, language, time, quotes) on a pool of worker threads, one per core
// by default, so that articles are analysed side by side; corpus-level stages stay on the caller's
// thread, which commits the documents one at a time. With one thread, or when no thread module can be
// found, the same function runs inline on the calling thread.
//
// The thread module is the sibling analysis-thread.js when this module is built JavaScript (dist/).
// Run from TypeScript source (vitest, tsx) the threads load analysis-thread.ts through tsx's loader,
// a dev dependency; without it the analysis runs inline and `fallback` says why. On a thread, an
// article that takes longer than a time limit is stopped (the thread is replaced) and rejected alone.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Doc } from '../doc/index.js';
import { DossierError, errorMessage } from '../errors.js';
import type { Article } from '../ingest/reader.js';
import { type AnalysisReply, type AnalysisTask, analyseArticle } from './analysis-thread.js';

export interface AnalysisPool {
  /** Threads analysing at once (1 when inline). */
  readonly threads: number;
  readonly mode: 'threads' | 'inline';
  /** Why the analysis runs inline although more threads were asked for; null otherwise. */
  readonly fallback: string | null;
  /** Cleans and (unless analyze is false) analyses one article; rejects with the article's error. */
  analyse(article: Article, analyze?: boolean): Promise<Doc>;
  /** Stops the threads; pending analyses are rejected. */
  close(): Promise<void>;
}

const MAX_THREADS = 256;

/** A --threads value or DOSSIER_THREADS, checked: a whole number from 1 to 256. */
export function parseThreads(value: string, from = '--threads'): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_THREADS) {
    throw new DossierError(
      'BAD_REQUEST',
      `${from} must be a whole number from 1 to ${MAX_THREADS}, not "${value}"`,
    );
  }
  return n;
}

/** The flag if given, else DOSSIER_THREADS, else one thread per core. */
export function resolveThreads(flag?: string): number {
  if (flag !== undefined) return parseThreads(flag);
  const env = process.env.DOSSIER_THREADS;
  if (env) return parseThreads(env, 'DOSSIER_THREADS');
  return availableParallelism();
}

interface ThreadModule {
  filename: string;
  execArgv?: string[];
}

function threadModule(): ThreadModule | string {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const js = new URL('./analysis-thread.js', here);
    return existsSync(fileURLToPath(js)) ? { filename: js.href } : `${fileURLToPath(js)} is missing`;
  }
  try {
    const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
    return {
      filename: new URL('./analysis-thread.ts', here).href,
      execArgv: [...process.execArgv, '--import', tsx],
    };
  } catch {
    return 'running from TypeScript source and tsx (a dev dependency) is not installed';
  }
}

function inlinePool(fallback: string | null): AnalysisPool {
  return {
    threads: 1,
    mode: 'inline',
    fallback,
    analyse: async (article, analyze = true) => analyseArticle(article, analyze),
    close: async () => {},
  };
}

function fromReply(reply: AnalysisReply): Doc {
  if ('doc' in reply) return reply.doc;
  const { code, message } = reply.error;
  throw code ? new DossierError(code, message) : new Error(message);
}

/** How long one article may take on a thread before the thread is stopped and the article rejected. */
export const DEFAULT_TIME_LIMIT_MS = 300_000;

export interface PoolOptions {
  /** Per article, on a thread only (the inline path cannot be interrupted). */
  timeLimitMs?: number;
}

/** A pool of `threads` analysis threads, started on the first article (an empty run starts none). */
export function openAnalysisPool(threads: number, options: PoolOptions = {}): AnalysisPool {
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  if (threads <= 1) return inlinePool(null);
  const found = threadModule();
  if (typeof found === 'string') return inlinePool(`analysis runs inline: ${found}`);
  let piscina: Piscina<AnalysisTask, AnalysisReply> | null = null;
  let closed = false;
  /** An error outside any article (e.g. the thread module would not load): then every article fails. */
  let broken: unknown = null;
  const failed = () => new Error(`the analysis threads failed: ${errorMessage(broken)}`);
  const start = () => {
    const p = new Piscina<AnalysisTask, AnalysisReply>({
      ...found,
      minThreads: threads,
      maxThreads: threads,
    });
    p.on('error', (err: unknown) => {
      broken ??= err;
      // Piscina starts no more threads after a failed start, so queued articles would wait forever.
      void p.destroy();
    });
    return p;
  };
  return {
    threads,
    mode: 'threads',
    fallback: null,
    async analyse(article, analyze = true) {
      if (closed) throw new Error('the analysis pool is closed');
      if (broken) throw failed();
      piscina ??= start();
      // One copy of the bytes that the thread then owns: moving the reader's own buffer could
      // detach bytes it shares with other articles (a feed's items, Node's small-buffer pool).
      const bytes = new Uint8Array(article.raw.bytes);
      // The thread says when it starts on the article, so that waiting for a thread (or for one to
      // start) does not count against the time limit.
      const { port1: started, port2 } = new MessageChannel();
      const stop = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      started.once('message', () => {
        timer = setTimeout(() => stop.abort(), timeLimitMs);
      });
      started.unref();
      const task: AnalysisTask = {
        article: { ...article, raw: { ...article.raw, bytes } },
        analyze,
        started: port2,
      };
      const reply = await piscina
        .run(task, { transferList: [bytes.buffer, port2], signal: stop.signal })
        .catch((err: unknown) => {
          if (broken) throw failed();
          if (!stop.signal.aborted) throw err;
          // A page that keeps a thread busy this long is hostile (e.g. markup nested thousands deep):
          // its thread was stopped and is replaced; only this article is rejected.
          throw new DossierError(
            'TOO_LARGE',
            `${article.raw.source}: cleaning and analysis took longer than ${timeLimitMs / 1000} s and were stopped; the page may be hostile (e.g. deeply nested markup)`,
          );
        })
        .finally(() => {
          clearTimeout(timer);
          started.close();
        });
      return fromReply(reply);
    },
    async close() {
      closed = true;
      await piscina?.destroy();
    },
  };
}
