// `dossier diff <doc>`: what one document added, revised or contradicted relative to the others.
import type { Command } from 'commander';
import { docDiff } from '../../claims/index.js';
import { printJson, withStore } from '../context.js';

export function registerDiff(program: Command): void {
  program
    .command('diff <doc>')
    .description(
      'What a document added when it was ingested: new claims and entities, claims it corroborated, contradicted or revised',
    )
    .option(
      '--json',
      'print JSON: {docId, reprintOf, newClaims, corroborated, contradicted, revised, repeated, newEntities, selfContradictions}',
    )
    .action(async (doc: string, opts: { json?: boolean }, command: Command) => {
      const d = await withStore(command, (store) => docDiff(store, doc));
      if (opts.json) return printJson(d);
      const out = (s: string) => process.stdout.write(`${s}\n`);
      out(`Document ${d.docId}${d.reprintOf ? ` (a reprint of ${d.reprintOf})` : ''}`);
      out(
        `  ${d.newClaims.length} new claim(s), ${d.corroborated.length} newly corroborated, ${d.contradicted.length} contradicted, ${d.revised.length} revised, ${d.repeated} repeated`,
      );
      for (const c of d.corroborated) out(`  + corroborates: ${c.text}\n      ${c.reason}`);
      for (const c of d.contradicted) out(`  ✗ contradicts: ${c.text}\n      ${c.reason}`);
      for (const r of d.revised) out(`  ~ revises ${r.before} → ${r.after}: ${r.claim.text}`);
      for (const c of d.newClaims.slice(0, 20)) out(`  new: ${c.text}`);
      if (d.newClaims.length > 20)
        out(`  … and ${d.newClaims.length - 20} more new claims (--json lists all)`);
      if (d.newEntities.length) out(`  new entities: ${d.newEntities.map((e) => e.name).join(', ')}`);
      for (const s of d.selfContradictions)
        out(`  ! contradicts itself: ${s.reason}\n      ${s.a.text}\n      ${s.b.text}`);
    });
}
