// `dossier graph`: the actor network in a format for Gephi (gexf), yEd/Cytoscape/NetworkX (graphml),
// spreadsheets (csv), Aleph (ftm) or programs (json).
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { toFtm } from '../../export/ftm.js';
import { graphFormats } from '../../export/graph-formats.js';
import { loadSnapshot } from '../../export/snapshot.js';
import { buildGraph } from '../../graph/build-graph.js';
import { withStore } from '../context.js';

const formats = [...Object.keys(graphFormats), 'ftm'];

interface GraphOptions {
  format: string;
  type?: string[];
  from?: string;
  to?: string;
  source?: string[];
  coMention: boolean;
  out?: string;
}

export function registerGraph(program: Command): void {
  program
    .command('graph')
    .description('Export the network of actors and relations')
    .option('--format <format>', `one of ${formats.join(', ')}`, 'json')
    .option('--type <relation...>', 'only these relation types (e.g. coerce material-cooperation)')
    .option('--from <date>', 'only relations on or after this date (YYYY[-MM[-DD]])')
    .option('--to <date>', 'only relations on or before this date')
    .option('--source <docId...>', 'only evidence from these documents')
    .option('--no-co-mention', 'leave out the weaker co-mention edges')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: GraphOptions, command: Command) => {
      if (!formats.includes(opts.format))
        throw new DossierError(
          'BAD_REQUEST',
          `unknown format "${opts.format}"; use one of ${formats.join(', ')}`,
        );
      const output = await withStore(command, async (store) => {
        if (opts.format === 'ftm')
          return `${toFtm(await loadSnapshot(store))
            .map((e) => JSON.stringify(e))
            .join('\n')}\n`;
        const graph = await buildGraph(store, {
          types: opts.type,
          from: opts.from,
          to: opts.to,
          docIds: opts.source,
          coMention: opts.coMention,
        });
        return graphFormats[opts.format as keyof typeof graphFormats](graph);
      });
      if (opts.out) writeFileSync(opts.out, output);
      else process.stdout.write(output);
    });
}
