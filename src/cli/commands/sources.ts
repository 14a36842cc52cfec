// `dossier sources`: framing per article and per outlet — genre, tone (overall and toward actors),
// hedging, quoted voices, and what each covers that no other does.
import type { Command } from 'commander';
import { listSources } from '../../framing/index.js';
import { printJson, withStore } from '../context.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('Framing per article and per outlet: genre, tone, hedging, voices, exclusive claims')
    .option('--json', 'print JSON: {articles: [...], outlets: [...]}')
    .action(async (opts: { json?: boolean }, command: Command) => {
      const report = await withStore(command, (store) => listSources(store));
      if (opts.json) return printJson(report);
      for (const o of report.outlets) {
        process.stdout.write(
          `${o.outlet} — ${o.articles.length} article(s), ${Object.entries(o.genres)
            .map(([g, n]) => `${g} ${n}`)
            .join(
              ', ',
            )}; tone ${o.tone}; hedging ${pct(o.hedging)}, speculation ${pct(o.speculation)}, opinion ${pct(o.opinion)}; ${o.exclusiveClaims} exclusive claim(s)\n`,
        );
        for (const a of report.articles.filter((x) => o.articles.includes(x.docId))) {
          process.stdout.write(`  ${a.docId} ${a.title ?? '(untitled)'} [${a.genre ?? 'unknown genre'}]\n`);
          process.stdout.write(
            `    tone ${a.tone.label} (${a.tone.score}; − ${a.tone.words.negative.join(', ')}; + ${a.tone.words.positive.join(', ')})\n`,
          );
          if (a.toneToward.length)
            process.stdout.write(
              `    toward: ${a.toneToward.map((t) => `${t.actor} ${t.score}`).join(', ')}\n`,
            );
          if (a.voices.length)
            process.stdout.write(
              `    voices: ${a.voices
                .slice(0, 6)
                .map((v) => `${v.speaker} ${pct(v.share)}`)
                .join(', ')}\n`,
            );
          if (a.selfContradictions)
            process.stdout.write(
              `    ! contradicts itself ${a.selfContradictions} time(s) (see dossier diff ${a.docId})\n`,
            );
          if (a.sides.length)
            process.stdout.write(
              `    sides: ${a.sides.map((x) => `${x.side} ${pct(x.share)}`).join(', ')}\n`,
            );
          for (const e of a.exclusive.examples) process.stdout.write(`    only here: ${e.text}\n`);
        }
      }
    });
}
