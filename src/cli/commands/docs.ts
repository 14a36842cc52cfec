// `dossier docs`: the stored documents with their metadata, as a table or JSON.
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import type { DocSummary } from '../../store/store.js';
import { printJson, withStore } from '../context.js';

function count(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    throw new DossierError('BAD_REQUEST', `--${name} must be a whole number ≥ 0, not "${v}"`);
  }
  return n;
}

/** --limit/--offset, shared by the listing commands, with messages a user can act on. */
export function pageOptions(opts: { limit?: string; offset?: string }): { limit?: number; offset: number } {
  return {
    ...(opts.limit !== undefined ? { limit: count('limit', opts.limit) } : {}),
    offset: count('offset', opts.offset ?? '0'),
  };
}

function clip(s: string | null, n: number): string {
  const v = s ?? '—';
  return v.length > n ? `${v.slice(0, n - 1)}…` : v;
}

export function docsTable(docs: DocSummary[]): string {
  const head = `${'ID'.padEnd(16)}  ${'PUBLISHED'.padEnd(10)}  ${'OUTLET'.padEnd(20)}  ${'GENRE'.padEnd(8)}  ${'WORDS'.padStart(6)}  TITLE`;
  const rows = docs.map(
    (d) =>
      `${d.id}  ${clip(d.published?.slice(0, 10) ?? null, 10).padEnd(10)}  ${clip(d.outlet, 20).padEnd(20)}  ${clip(d.genre, 8).padEnd(8)}  ${String(d.words).padStart(6)}  ${clip(d.title, 70)}`,
  );
  return [head, ...rows].join('\n');
}

export function registerDocs(program: Command): void {
  program
    .command('docs')
    .description('List stored documents with their metadata')
    .option(
      '--json',
      'print JSON: [{id, source, title, authors, published, outlet, genre, syndicatedFrom, language, words}]',
    )
    .option('--limit <n>', 'at most n documents')
    .option('--offset <n>', 'skip the first n documents', '0')
    .action(async (opts: { json?: boolean; limit?: string; offset: string }, cmd: Command) => {
      const page = pageOptions(opts);
      const [docs, total] = await withStore(cmd, async (store) => [
        await store.listDocuments(page),
        await store.countDocuments(),
      ]);
      if (opts.json) return printJson(docs);
      if (total === 0)
        return void process.stdout.write('No documents yet. Add some with `dossier ingest <files|urls…>`.\n');
      const shown = docs.length < total ? ` (showing ${docs.length} from ${page.offset + 1})` : '';
      process.stdout.write(`${docsTable(docs)}\n${total} document${total === 1 ? '' : 's'}${shown}\n`);
    });
}
