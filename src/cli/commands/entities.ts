// `dossier entities`: the people, governments, organisations… resolved across articles, and the
// user's corrections to them (merge, split, rename), which are stored and survive re-analysis.
import type { Command } from 'commander';
import { DossierError } from '../../errors.js';
import { recordCorrection, requireEntity } from '../../resolve/corrections.js';
import { listEntities, loadEntities } from '../../resolve/entity-listing.js';
import { printJson, withStore } from '../context.js';

export function registerEntities(program: Command): void {
  const cmd = program
    .command('entities')
    .description('List entities resolved across articles (or correct them: merge, split, rename)')
    .option('--type <type>', 'only this type: PERSON, ORG, GPE, LOC, NORP, EVENT, WEAPON')
    .option('--json', 'print JSON: [{id, name, type, aliases, roles, mentions, docs}]')
    .action(async (opts: { type?: string; json?: boolean }, command: Command) => {
      const rows = await withStore(command, (store) => listEntities(store, opts));
      if (opts.json) return printJson(rows);
      if (rows.length === 0)
        return void process.stdout.write('No entities yet. Ingest articles with `dossier ingest`.\n');
      for (const r of rows) {
        const aliases = r.aliases.length ? `  (also: ${r.aliases.join(', ')})` : '';
        const roles = r.roles.length ? `\n      ${r.roles.join('; ')}` : '';
        process.stdout.write(
          `${r.id}  ${r.type.padEnd(7)} ${String(r.mentions).padStart(4)}×  ${r.name}${aliases}${roles}\n`,
        );
      }
    });

  cmd
    .command('merge <from> <into>')
    .description('Merge entity <from> into <into> (ids, id prefixes or exact names)')
    .action(async (from: string, into: string, _o: unknown, sub: Command) => {
      await withStore(sub, async (store) => {
        const { entities } = await loadEntities(store);
        const a = requireEntity(entities, from);
        const b = requireEntity(entities, into);
        await recordCorrection(store, { op: 'merge', from: a.id, into: b.id, at: new Date().toISOString() });
        process.stdout.write(`merged ${a.name} into ${b.name} (${b.id})\n`);
      });
    });

  cmd
    .command('split <entity> <alias>')
    .description('Split an alias off an entity into an entity of its own')
    .action(async (ref: string, alias: string, _o: unknown, sub: Command) => {
      await withStore(sub, async (store) => {
        const e = requireEntity((await loadEntities(store)).entities, ref);
        if (!e.aliases.includes(alias)) {
          throw new DossierError(
            'BAD_REQUEST',
            `${e.name} has no alias "${alias}"; its aliases: ${e.aliases.join(', ') || 'none'}`,
          );
        }
        await recordCorrection(store, { op: 'split', id: e.id, alias, at: new Date().toISOString() });
        process.stdout.write(`split "${alias}" off ${e.name}\n`);
      });
    });

  cmd
    .command('rename <entity> <name>')
    .description('Give an entity a different canonical name')
    .action(async (ref: string, name: string, _o: unknown, sub: Command) => {
      await withStore(sub, async (store) => {
        const e = requireEntity((await loadEntities(store)).entities, ref);
        await recordCorrection(store, { op: 'rename', id: e.id, name, at: new Date().toISOString() });
        process.stdout.write(`renamed ${e.name} to ${name}\n`);
      });
    });
}
