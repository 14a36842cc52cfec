// `dossier ingest <inputs…>`: parse options, run ingestInputs, show progress and a summary.
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { type IngestOutcome, ingestInputs } from '../../ingest/ingest.js';
import { DEFAULT_MAX_SIZE_MB } from '../../ingest/limits.js';
import { openAnalysisPool, resolveThreads } from '../../pipeline/analysis-pool.js';
import { printJson, withStore } from '../context.js';

interface IngestFlags {
  follow?: boolean;
  allowPrivate?: boolean;
  json?: boolean;
  verbose?: boolean;
  queue?: boolean;
  maxSize: string;
  threads?: string;
}

const help = `
Inputs may be files, folders (read recursively; hidden files skipped), glob patterns (quote them),
http(s) URLs, RSS/Atom feeds (files or URLs), WARC files (.warc, .warc.gz), JSON, JSON Lines and
"-" for standard input. The format is sniffed from the content as well as the name.

Every input gets a status: added, duplicate (same text already stored), queued (with --queue) or
rejected (with the reason).
URLs pointing at loopback, private or link-local addresses are refused unless --allow-private.
Inputs larger than --max-size are refused, except WARC and JSON Lines files, which are streamed
record by record (then each record must fit under the cap).

Articles are cleaned and analysed on --threads worker threads at once (default: DOSSIER_THREADS,
else one per core; 1 analyses on the main thread without a pool). Entities, events, the timeline,
stories and claims are then updated one document at a time in input order, so the result does not
depend on the number of threads.

Exit code: 0 when every input landed (added or duplicate), 2 when some were rejected, 1 on error.

Examples:
  dossier ingest examples/
  dossier ingest 'news/**/*.html' crawl.warc.gz --verbose
  dossier ingest https://example.org/feed.xml --follow
  curl -s https://example.org/story | dossier ingest - --json`;

function line(o: IngestOutcome): string {
  const what = o.status === 'rejected' ? `${o.reason}${o.code ? ` [${o.code}]` : ''}` : o.id;
  return `${o.status.padEnd(9)} ${o.status === 'rejected' ? '' : `${o.input} → `}${what}`;
}

function summary(outcomes: IngestOutcome[]): string {
  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const rejected = outcomes.filter((o) => o.status === 'rejected');
  const queued = count('queued') ? `, ${count('queued')} queued for workers` : '';
  const head = `${count('added')} added${queued}, ${count('duplicate')} duplicate, ${rejected.length} rejected`;
  return [head, ...rejected.map((o) => `  ✗ ${o.reason}${o.code ? ` [${o.code}]` : ''}`)].join('\n');
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'Read articles from files, folders, globs, URLs, feeds, WARC, JSON(L) or stdin; clean, analyse and store them',
    )
    .argument('<inputs...>', 'files, folders, globs, URLs, or - for stdin')
    .option('--follow', "fetch each feed item's link instead of using the feed's own text")
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses')
    .option(
      '--max-size <MB>',
      'largest input read whole (and largest streamed record)',
      String(DEFAULT_MAX_SIZE_MB),
    )
    .option('--queue', 'only read and queue the articles; `dossier worker` processes analyse and store them')
    .option(
      '--threads <n>',
      'threads that clean and analyse articles side by side (default: DOSSIER_THREADS or one per core)',
    )
    .option('--json', 'print only a JSON array of {input, status, id?, reason?}')
    .option('-v, --verbose', 'print one status line per input as it is done')
    .addHelpText('after', help)
    .action(async (inputs: string[], flags: IngestFlags, cmd: Command) => {
      const maxSizeMb = Number(flags.maxSize);
      if (!(maxSizeMb > 0)) {
        throw new DossierError(
          'BAD_REQUEST',
          `--max-size must be a positive number of MB, not ${flags.maxSize}`,
        );
      }
      const pool = openAnalysisPool(flags.queue ? 1 : resolveThreads(flags.threads));
      if (pool.fallback) process.stderr.write(`warning: ${pool.fallback}\n`);
      const showBar = !flags.verbose && process.stderr.isTTY;
      const bar = showBar
        ? new cliProgress.SingleBar(
            {
              stream: process.stderr,
              format:
                'ingest [{bar}] {value}/{total} inputs | {added} added {duplicate} dup {rejected} rejected',
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          )
        : null;
      const tally = { added: 0, duplicate: 0, queued: 0, rejected: 0 };
      const outcomes: IngestOutcome[] = [];
      await withStore(cmd, async (store) => {
        const run = ingestInputs(inputs, {
          store,
          follow: flags.follow,
          allowPrivate: flags.allowPrivate,
          maxSizeMb,
          queue: flags.queue,
          pool,
          onProgress: ({ done, total, outcome }) => {
            if (outcome) tally[outcome.status]++;
            if (bar && bar.getTotal() !== total) bar.setTotal(total);
            bar?.update(done, tally);
          },
        });
        bar?.start(1, 0, tally);
        try {
          for await (const o of run) {
            outcomes.push(o);
            if (flags.verbose && !flags.json) process.stdout.write(`${line(o)}\n`);
          }
        } finally {
          bar?.stop();
          await pool.close();
        }
      });
      if (flags.json)
        printJson(
          outcomes.map(({ input, status, id, reason, code }) => ({ input, status, id, reason, code })),
        );
      else process.stdout.write(`${summary(outcomes)}\n`);
      process.exitCode = outcomes.some((o) => o.status === 'rejected') ? 2 : 0;
    });
}
