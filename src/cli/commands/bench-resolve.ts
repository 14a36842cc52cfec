// `dossier bench resolve`: milliseconds to resolve a new document against N existing entities.
import type { Command } from 'commander';
import { benchResolve } from '../../../eval/resolve-bench.js';
import { DossierError } from '../../errors.js';
import { printJson } from '../context.js';

export function addBenchResolve(parent: Command): void {
  parent
    .command('resolve')
    .description('Entity resolution: ms per new document against N existing entities (blocking index)')
    .option('--entities <n>', 'existing entities', '100000')
    .option('--documents <n>', 'new documents to resolve', '1000')
    .option('--json', 'print the figures as JSON')
    .action((opts: { entities: string; documents: string; json?: boolean }) => {
      const entities = Number(opts.entities);
      const documents = Number(opts.documents);
      if (!(entities > 0) || !(documents > 0))
        throw new DossierError('BAD_REQUEST', '--entities and --documents take positive numbers');
      const r = benchResolve(entities, documents);
      if (opts.json) return printJson(r);
      console.log(
        `existing entities   ${r.entities.toLocaleString('en')}  (index built in ${r.indexBuildMs.toFixed(0)} ms)`,
      );
      console.log(`new documents       ${r.documents} × ${r.mentionsPerDocument} mentions`);
      console.log(
        `per document        ${r.msPerDocument.toFixed(3)} ms mean, ${r.p99MsPerDocument.toFixed(3)} ms p99`,
      );
    });
}
