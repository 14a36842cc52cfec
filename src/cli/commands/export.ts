// `dossier export`: the whole dossier for other tools — JSON with stable ids, CSV tables,
// FollowTheMoney entities, W3C Web Annotations, a CAMEO-style event table, or all of them at once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { type ExportFormat, exportFiles, exportFormats } from '../../export/write-export.js';
import { withStore } from '../context.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export the dossier: JSON, CSV tables, FollowTheMoney, Web Annotations, CAMEO event table')
    .option('--format <format>', `one of ${exportFormats.join(', ')}`, 'all')
    .option(
      '-o, --out <file|dir>',
      'a file for one single-file format, a folder for csv and all (default: stdout or ./dossier-export)',
    )
    .action(async (opts: { format: string; out?: string }, command: Command) => {
      if (!exportFormats.includes(opts.format as ExportFormat)) {
        throw new DossierError(
          'BAD_REQUEST',
          `unknown format "${opts.format}"; use one of ${exportFormats.join(', ')}`,
        );
      }
      const files = await withStore(command, (store) => exportFiles(store, opts.format as ExportFormat));
      const names = Object.keys(files);
      if (names.length === 1 && !opts.out) return void process.stdout.write(files[names[0]]);
      if (names.length === 1 && opts.out) {
        writeFileSync(opts.out, files[names[0]]);
        return void process.stderr.write(`wrote ${opts.out}\n`);
      }
      const dir = opts.out ?? 'dossier-export';
      mkdirSync(dir, { recursive: true });
      for (const name of names) writeFileSync(join(dir, name), files[name]);
      process.stderr.write(`wrote ${names.length} files to ${dir}/: ${names.join(', ')}\n`);
    });
}
