// `dossier eval extract --data <dir>`: body extraction scored as the Zyte benchmark scores it, and
// `dossier eval metadata --data <dir>`: title, author and date accuracy on the article-metadata sets.
import type { Command } from 'commander';
import { evalExtract } from '../../../eval/extract-eval.js';
import { evalMetadata } from '../../../eval/extract-metadata-eval.js';
import { printJson } from '../context.js';

const f3 = (x: number) => x.toFixed(3);

export function addEvalExtract(parent: Command): void {
  parent
    .command('extract')
    .description('Article body extraction: 4-token shingle precision, recall and F1 (Zyte benchmark layout)')
    .requiredOption('--data <dir>', 'folder with ground-truth.json and html/<id>.html.gz')
    .option('--json', 'print machine-readable JSON')
    .option('--worst <n>', 'also list the n lowest-scoring pages', '0')
    .action((opts: { data: string; json?: boolean; worst: string }) => {
      const r = evalExtract(opts.data);
      if (opts.json) {
        printJson({ ...r.score, pagesPerSecond: r.pagesPerSecond, pagesPerCpuSecond: r.pagesPerCpuSecond });
        return;
      }
      const s = r.score;
      console.log(`pages      ${s.pages}`);
      console.log(`F1         ${f3(s.f1)}   (precision ${f3(s.precision)}, recall ${f3(s.recall)})`);
      console.log(`accuracy   ${f3(s.accuracy)}   (pages whose tokens equal gold exactly)`);
      console.log(
        `speed      ${r.pagesPerSecond.toFixed(1)} pages/s wall clock, ${r.pagesPerCpuSecond.toFixed(1)} pages per CPU second (one thread, parsing included)`,
      );
      const worst = [...r.pages].sort((a, b) => a.precision + a.recall - b.precision - b.recall);
      for (const p of worst.slice(0, Number(opts.worst))) {
        console.log(`  ${f3(p.precision)} ${f3(p.recall)}  ${p.url}`);
      }
    });
}

export function addEvalMetadata(parent: Command): void {
  parent
    .command('metadata')
    .description(
      'Title, author and publication-date accuracy (article-metadata sets: wcxb-articles, htmldate-mediacloud)',
    )
    .requiredOption(
      '--data <dir>',
      'the article-metadata folder (holding wcxb-articles/ and/or htmldate-mediacloud/)',
    )
    .option('--json', 'print machine-readable JSON')
    .action((opts: { data: string; json?: boolean }) => {
      const r = evalMetadata(opts.data);
      if (opts.json) {
        printJson(r);
        return;
      }
      for (const [set, fields] of Object.entries(r)) {
        console.log(set);
        for (const [field, m] of Object.entries(fields)) {
          console.log(
            `  ${field.padEnd(7)} accuracy ${f3(m.accuracy)}  precision ${f3(m.precision)}  recall ${f3(m.recall)}  F ${f3(m.f)}  (n=${m.n})`,
          );
        }
      }
    });
}
