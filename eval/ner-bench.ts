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
  dossier: SystemFigures;
  compromise: SystemFigures | null;
  /** Ratio of wall-clock throughput, and of CPU-time throughput. */
  speedup: number | null;
  cpuSpeedup: number | null;
}

/** Wall-clock and CPU seconds per run; CPU time is the fairer figure on a shared, busy machine. */
function timeIt(
  fn: () => number,
  minSeconds: number,
): { seconds: number; cpuSeconds: number; runs: number; out: number } {
  // Warm up (same for both systems) until the JIT has settled: at least 3 runs and 1 s.
  const w0 = performance.now();
  for (let k = 0; k < 3 || performance.now() - w0 < 1000; k++) fn();
  let runs = 0;
  let out = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  do {
    out = fn();
    runs++;
  } while (performance.now() - t0 < minSeconds * 1000);
  const c = process.cpuUsage(c0);
  return {
    seconds: (performance.now() - t0) / 1000 / runs,
    cpuSeconds: (c.user + c.system) / 1e6 / runs,
    runs,
    out,
  };
}

interface SystemFigures {
  seconds: number;
  tokensPerSecond: number;
  cpuTokensPerSecond: number;
  entities: number;
}

export async function benchNlp(opts: { words?: number; minSeconds?: number } = {}): Promise<NlpBenchResult> {
  const text = benchText(opts.words ?? 50_000);
  const tokens = tokenize(text).length;
  const minSeconds = opts.minSeconds ?? 3;
  const ours = timeIt(() => {
    const toks = tokenize(text);
    return findEntities(text, { tokens: toks, sentences: splitSentences(text, toks) }).length;
  }, minSeconds);
  let theirs: { seconds: number; cpuSeconds: number; out: number } | null = null;
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
    dossier: figures(tokens, ours),
    compromise: theirs ? figures(tokens, theirs) : null,
    speedup: theirs ? theirs.seconds / ours.seconds : null,
    cpuSpeedup: theirs ? theirs.cpuSeconds / ours.cpuSeconds : null,
  };
}

function figures(tokens: number, t: { seconds: number; cpuSeconds: number; out: number }): SystemFigures {
  return {
    seconds: t.seconds,
    tokensPerSecond: tokens / t.seconds,
    cpuTokensPerSecond: tokens / t.cpuSeconds,
    entities: t.out,
  };
}

export function formatNlpBench(r: NlpBenchResult): string {
  const num = (x: number) => Math.round(x).toLocaleString('en-US').padStart(12);
  const row = (name: string, x: SystemFigures | null) =>
    x
      ? `${name.padEnd(30)} ${num(x.tokensPerSecond)} ${num(x.cpuTokensPerSecond)} ${x.seconds.toFixed(3).padStart(8)} ${String(x.entities).padStart(8)}`
      : `${name.padEnd(28)} (compromise is not installed: npm install --include=dev)`;
  return [
    `generated text: ${r.words.toLocaleString('en-US')} words, ${r.tokens.toLocaleString('en-US')} tokens (one core, after warm-up)`,
    `${'system'.padEnd(30)} ${'tokens/s'.padStart(12)} ${'tokens/cpu-s'.padStart(12)} ${'s/run'.padStart(8)} ${'mentions'.padStart(8)}`,
    row('dossier tokens+sentences+ner', r.dossier),
    row('compromise people/places/orgs', r.compromise),
    r.speedup && r.cpuSpeedup
      ? `dossier is ${r.speedup.toFixed(1)}× compromise by the clock, ${r.cpuSpeedup.toFixed(1)}× by CPU time`
      : '',
  ].join('\n');
}
