// The `dossier` command line: a thin layer that parses arguments, calls domain functions and formats.
import { Command, CommanderError } from 'commander';
import { DossierError } from '../errors.js';
import { commands } from './commands/index.js';

export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Turn a pile of news articles into an evidence-backed dossier.')
    .version('0.1.0')
    .option(
      '--db <path|url>',
      'SQLite file or postgres:// URL (env DOSSIER_DB)',
      process.env.DOSSIER_DB ?? './dossier.db',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of Object.values(commands)) register(program);
  return program;
}

/** Runs the CLI and returns the process exit code (0 ok, 1 error, 2 some inputs rejected). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof DossierError) {
      process.stderr.write(`dossier: ${err.message} [${err.code}]\n`);
      return 1;
    }
    throw err;
  }
}
