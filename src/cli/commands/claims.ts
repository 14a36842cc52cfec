// `dossier claims`: each factual claim with its status (corroborated, contradicted, single-source),
// the reason, its independent origins and the sentences that make it.
import type { Command } from 'commander';
import { listClaims, parseStatus } from '../../claims/index.js';
import { DossierError } from '../../errors.js';
import { printJson, withStore } from '../context.js';

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('List claims across articles with status, reason, independent origins and evidence')
    .option('--status <status>', 'only claims with this status: corroborated | contradicted | single')
    .option(
      '--json',
      'print JSON: [{id, text, subject, predicate, value?, status, reason, origins: [{origin, docs}], evidence: [{docId, start, end, text}], values?}]',
    )
    .action(async (opts: { status?: string; json?: boolean }, command: Command) => {
      const status = parseStatus(opts.status);
      if (opts.status && !status)
        throw new DossierError(
          'BAD_REQUEST',
          `unknown status "${opts.status}": use corroborated, contradicted or single`,
        );
      const claims = await withStore(command, (store) => listClaims(store, { status }));
      if (opts.json) return printJson(claims);
      if (claims.length === 0) return void process.stdout.write('No claims found.\n');
      for (const c of claims) {
        process.stdout.write(`[${c.status}] ${c.text}\n    ${c.reason}${c.value ? ` · ${c.value}` : ''}\n`);
        for (const o of c.origins) process.stdout.write(`    origin ${o.origin}: ${o.docs.join(', ')}\n`);
        for (const x of c.contradictions ?? [])
          process.stdout.write(
            `    ✗ ${x.reason}\n      ${x.sides[0].docId}: ${x.sides[0].text}\n      ${x.sides[1].docId}: ${x.sides[1].text}\n`,
          );
      }
    });
}
