// `dossier tag cluster --format tsv <documents.jsonl>`: group articles into stories with the same
// clusterer the store uses, for pipes and benchmarks. Lines {id, text, title?, published?} in;
// `id<TAB>clusterId` out, in input order.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { emptyMeta } from '../../doc/index.js';
import { DossierError } from '../../errors.js';
import { analyzeDoc } from '../../pipeline/analyze.js';
import { StoryClusterer, storyFeatures } from '../../stories/index.js';

interface Line {
  id: string;
  text: string;
  title?: string;
  published?: string;
}

function readLines(path: string): Line[] {
  const source = readFileSync(path === '-' ? 0 : path, 'utf8');
  return source
    .split('\n')
    .map((l, i) => [l, i + 1] as const)
    .filter(([l]) => l.trim())
    .map(([l, n]) => {
      let o: Partial<Line>;
      try {
        o = JSON.parse(l);
      } catch {
        throw new DossierError(
          'MALFORMED_INPUT',
          `${path}:${n}: not JSON; each line must be {id, text, title?, published?}`,
        );
      }
      if (typeof o.id !== 'string' || typeof o.text !== 'string') {
        throw new DossierError('MALFORMED_INPUT', `${path}:${n}: each line needs a string "id" and "text"`);
      }
      return o as Line;
    });
}

export function addTagCluster(parent: Command): void {
  parent
    .command('cluster <documents.jsonl>')
    .description(
      'Cluster articles into stories: JSON Lines {id, text, title?, published?} in, id<TAB>clusterId out',
    )
    .option('--format <format>', 'output format (tsv)', 'tsv')
    .action((path: string, opts: { format: string }) => {
      if (opts.format !== 'tsv')
        throw new DossierError('BAD_REQUEST', `unknown format "${opts.format}"; use tsv`);
      const lines = readLines(path);
      const features = lines.map((l) => {
        const raw = { source: l.id, bytes: new Uint8Array(), sha256: '', fetchedAt: '', contentType: null };
        const doc = analyzeDoc({
          text: l.text,
          meta: { ...emptyMeta(), title: l.title ?? null, published: l.published ?? null },
          removed: [],
          layers: {},
          raw,
        });
        return storyFeatures({ text: l.text, title: l.title ?? null, layers: doc.layers });
      });
      const clusterer = new StoryClusterer();
      // IDF learnt as documents arrive, in input order, as the store's story stage does at ingest.
      for (const [i, l] of lines.entries()) clusterer.add(l.id, features[i], l.published ?? null);
      const story = new Map<string, string>();
      for (const [id, members] of clusterer.clusters()) for (const m of members) story.set(m, id);
      for (const l of lines) process.stdout.write(`${l.id}\t${story.get(l.id)}\n`);
    });
}
