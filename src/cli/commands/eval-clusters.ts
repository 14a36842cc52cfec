// `dossier eval clusters --data <dir>`: story clustering against gold stories (BCubed, pairwise,
// ARI, NMI, topics kept apart), Dossier beside a plain TF-IDF cosine single-pass baseline.
import type { Command } from 'commander';
import { type ClusterRun, runClusterEval } from '../../../eval/clusters-eval.js';
import { DossierError } from '../../errors.js';
import { printJson } from '../context.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function table(runs: ClusterRun[]): string {
  const head =
    'system           order        BCubed P     R    F1 | pairwise P     R    F1 |  ARI   NMI | clusters (gold) | topics apart';
  const rows = runs.map((r) => {
    const s = r.scores;
    return [
      r.name.padEnd(16),
      r.order.padEnd(12),
      `   ${pct(s.bcubed.p)} ${pct(s.bcubed.r)} ${pct(s.bcubed.f1)} |`,
      `   ${pct(s.pairwise.p)} ${pct(s.pairwise.r)} ${pct(s.pairwise.f1)} |`,
      `${s.ari.toFixed(3)} ${s.nmi.toFixed(3)} |`,
      `${String(s.predictedClusters).padStart(8)} (${s.goldClusters}) |`,
      s.topicsKeptApart === null ? '-' : pct(s.topicsKeptApart),
    ].join(' ');
  });
  return [head, ...rows].join('\n');
}

export function addEvalClusters(parent: Command): void {
  parent
    .command('clusters')
    .description('Story clustering on a benchmark folder (documents.jsonl with doc_id, cluster_id, text)')
    .requiredOption('--data <dir>', 'benchmark folder, e.g. ../shared/data/story-clusters/dev')
    .option('--threshold <n>', 'similarity to join a story (default: the tuned value)', Number.parseFloat)
    .option(
      '--idf <mode>',
      "'batch' (IDF over the whole collection) or 'stream' (learnt as documents arrive)",
      'batch',
    )
    .option('--shuffles <n>', 'also average over n seeded document orders', (v) => Number.parseInt(v, 10), 0)
    .option('--json', 'print the figures as JSON')
    .action((opts: { data: string; threshold?: number; idf: string; shuffles: number; json?: boolean }) => {
      if (opts.idf !== 'batch' && opts.idf !== 'stream') {
        throw new DossierError('BAD_REQUEST', `--idf ${opts.idf}: use 'batch' or 'stream'`);
      }
      const variants =
        opts.threshold === undefined ? {} : { [`dossier @${opts.threshold}`]: { threshold: opts.threshold } };
      const runs = runClusterEval(opts.data, { idf: opts.idf, shuffles: opts.shuffles, variants });
      if (opts.json) printJson(runs.map((r) => ({ name: r.name, order: r.order, ...r.scores })));
      else process.stdout.write(`${table(runs)}\n`);
    });
}
