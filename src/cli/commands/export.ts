// `dossier export <dir>`: the whole dossier as JSON, CSV tables, GEXF, GraphML, FollowTheMoney,
// W3C Web Annotations and a CAMEO-style event table.
import type { Command } from 'commander';
import { writeExport } from '../../export/write-export.js';
import { printJson, withStore } from '../context.js';

export function registerExport(program: Command): void {
  program
    .command('export <dir>')
    .description(
      'Write every export (JSON, CSV, GEXF, GraphML, FtM, Web Annotations, CAMEO table) into <dir>',
    )
    .option('--json', 'print the written file paths as JSON')
    .action(async (dir: string, opts: { json?: boolean }, command: Command) => {
      const files = await withStore(command, (store) => writeExport(store, dir));
      if (opts.json) printJson(files);
      else process.stdout.write(`${files.map((f) => `wrote ${f}`).join('\n')}\n`);
    });
}
