// Speed of the quote attribution tagger on the PolNeAR texts: documents and tokens per second for
// the tagger alone (entities given, as in the pipeline) and for the rule-based finder it builds on.
// One warm-up pass first, so model loading and JIT are not counted.
import { findEntities, tokenize } from '../src/nlp/index.js';
import { findAttributions, findQuotes } from '../src/quotes/index.js';
import { readPolnear } from './quotes-data.js';

interface Speed {
  seconds: number;
  /** CPU time of this process (user + system): less disturbed by other load on a shared machine. */
  cpuSeconds: number;
  docsPerSecond: number;
  tokensPerSecond: number;
}

export interface QuotesBench {
  docs: number;
  tokens: number;
  tagger: Speed;
  rules: Speed;
}

export function runQuotesBench(dir: string, opts: { limit?: number; split?: string } = {}): QuotesBench {
  const docs = readPolnear(dir, opts).map((d) => ({
    text: d.text,
    entities: findEntities(d.text).map((m) => ({ start: m.start, end: m.end, label: m.type })),
  }));
  const tokens = docs.reduce((n, d) => n + tokenize(d.text).length, 0);
  const time = (f: (d: (typeof docs)[number]) => unknown) => {
    for (const d of docs.slice(0, 20)) f(d);
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (const d of docs) f(d);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    const cpuSeconds = (c.user + c.system) / 1e6;
    return { seconds, cpuSeconds, docsPerSecond: docs.length / seconds, tokensPerSecond: tokens / seconds };
  };
  return {
    docs: docs.length,
    tokens,
    tagger: time((d) => findAttributions(d.text, { entities: d.entities })),
    rules: time((d) => findQuotes(d.text)),
  };
}

export function formatQuotesBench(b: QuotesBench): string {
  const row = (name: string, r: Speed) =>
    `${name}: ${r.seconds.toFixed(2)} s (CPU ${r.cpuSeconds.toFixed(2)} s), ${r.docsPerSecond.toFixed(0)} docs/s, ${Math.round(r.tokensPerSecond)} tokens/s`;
  return [
    `PolNeAR texts: ${b.docs} documents, ${b.tokens} tokens`,
    row('attribution tagger (entities given)', b.tagger),
    row('rule-based finder alone', b.rules),
  ].join('\n');
}
