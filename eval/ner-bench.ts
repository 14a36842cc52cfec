// `dossier bench nlp`: tokens per second for tokenize + sentences + entities on one core, and
// compromise's people/places/organizations on the same generated text, side by side.
import { performance } from 'node:perf_hooks';
import { findEntities } from '../src/nlp/entities.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { benchText } from './ner-bench-text.js';

export interface NlpBenchResult {
  words: number;
  tokens: number;
  dossier: { seconds: number; tokensPerSecond: number; entities: number };
  compromise: { seconds: number; tokensPerSecond: number; entities: number } | null;
  speedup: number | null;
}

function timeIt(fn: () => number, minSeconds: number): { seconds: number; runs: number; out: number } {
  fn();
  let runs = 0;
  let out = 0;
  const t0 = performance.now();
  do {
    out = fn();
    runs++;
  } while (performance.now() - t0 < minSeconds * 1000);
  return { seconds: (performance.now() - t0) / 1000 / runs, runs, out };
}

export async function benchNlp(opts: { words?: number; minSeconds?: number } = {}): Promise<NlpBenchResult> {
  const text = benchText(opts.words ?? 50_000);
  const tokens = tokenize(text).length;
  const minSeconds = opts.minSeconds ?? 3;
  const ours = timeIt(() => {
    const toks = tokenize(text);
    return findEntities(text, { tokens: toks, sentences: splitSentences(text, toks) }).length;
  }, minSeconds);
  let theirs: { seconds: number; out: number } | null = null;
  try {
    const nlp = (await import('compromise')).default;
    theirs = timeIt(() => {
      const d = nlp(text);
      return d.people().length + d.places().length + d.organizations().length;
    }, minSeconds);
  } catch {
    theirs = null;
  }
  return {
    words: text.split(/\s+/).length,
    tokens,
    dossier: { seconds: ours.seconds, tokensPerSecond: tokens / ours.seconds, entities: ours.out },
    compromise: theirs
      ? { seconds: theirs.seconds, tokensPerSecond: tokens / theirs.seconds, entities: theirs.out }
      : null,
    speedup: theirs ? theirs.seconds / ours.seconds : null,
  };
}

export function formatNlpBench(r: NlpBenchResult): string {
  const row = (name: string, x: { seconds: number; tokensPerSecond: number; entities: number } | null) =>
    x
      ? `${name.padEnd(28)} ${Math.round(x.tokensPerSecond).toLocaleString('en-US').padStart(10)} ${x.seconds.toFixed(3).padStart(8)} ${String(x.entities).padStart(8)}`
      : `${name.padEnd(28)} (compromise is not installed: npm install --include=dev)`;
  return [
    `generated text: ${r.words.toLocaleString('en-US')} words, ${r.tokens.toLocaleString('en-US')} tokens (one core)`,
    `${'system'.padEnd(28)} ${'tokens/s'.padStart(10)} ${'s/run'.padStart(8)} ${'mentions'.padStart(8)}`,
    row('dossier tokens+sentences+ner', r.dossier),
    row('compromise people/places/orgs', r.compromise),
    r.speedup ? `dossier is ${r.speedup.toFixed(1)}× compromise` : '',
  ].join('\n');
}
