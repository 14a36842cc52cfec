// `dossier show <id>`: one document — metadata, clean text (entity mentions marked when an 'entities'
// layer exists), the blocks cleaning removed with their reasons, and the layers it carries.
import type { Command } from 'commander';
import type { Span } from '../../doc/index.js';
import { byPosition } from '../../doc/index.js';
import { resolveDocId } from '../../store/resolve-doc-id.js';
import type { StoredDoc } from '../../store/store.js';
import { printJson, withStore } from '../context.js';

/** The JSON shape: metadata flattened to the top, then text, removed blocks and layers. */
export function showJson(d: StoredDoc): Record<string, unknown> {
  return {
    id: d.id,
    source: d.source,
    ...d.meta,
    words: d.words,
    sha256: d.sha256,
    contentHash: d.contentHash,
    fetchedAt: d.fetchedAt,
    addedAt: d.addedAt,
    previousVersion: d.previousVersion,
    text: d.text,
    removed: d.removed,
    layers: d.layers,
  };
}

/** Marks entity mentions as [text]{TYPE} (or in colour on a terminal); overlapping spans keep the first. */
export function markEntities(text: string, spans: readonly Span[], color: boolean): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort(byPosition)) {
    if (s.start < at || s.end > text.length) continue;
    const mention = text.slice(s.start, s.end);
    out += text.slice(at, s.start);
    out += color ? `\x1b[1;36m${mention}\x1b[0m\x1b[2m{${s.label}}\x1b[0m` : `[${mention}]{${s.label}}`;
    at = s.end;
  }
  return out + text.slice(at);
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function renderDoc(d: StoredDoc, color: boolean): string {
  const m = d.meta;
  const facts = [
    m.outlet,
    m.published ? `${m.published}${m.publishedFrom ? ` (from ${m.publishedFrom})` : ''}` : 'date unknown',
    m.authors.length ? `by ${m.authors.join(', ')}` : null,
    m.genre,
    m.language,
    `${d.words} words`,
  ].filter(Boolean);
  const lines = [
    color ? `\x1b[1m${m.title ?? '(untitled)'}\x1b[0m` : (m.title ?? '(untitled)'),
    `${d.id} · ${facts.join(' · ')}`,
    `source: ${d.source}${m.canonicalUrl && m.canonicalUrl !== d.source ? `  canonical: ${m.canonicalUrl}` : ''}`,
  ];
  if (m.syndicatedFrom) lines.push(`syndicated from: ${m.syndicatedFrom}`);
  if (d.previousVersion) lines.push(`previous version: ${d.previousVersion}`);
  const entities = d.layers.entities;
  lines.push('', entities ? markEntities(d.text, entities, color) : d.text, '');
  if (d.removed.length) {
    lines.push(`Removed by cleaning (${d.removed.length}):`);
    for (const r of d.removed) lines.push(`  [${r.reason}] ${clip(r.text, 100)}`);
    lines.push('');
  }
  const layerNames = Object.keys(d.layers);
  lines.push(
    `Layers: ${layerNames.length ? layerNames.map((n) => `${n} (${d.layers[n]!.length})`).join(', ') : 'none'}`,
  );
  return lines.join('\n');
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('Show one document: metadata, clean text, removed blocks and annotation layers')
    .argument('<id>', 'document id or an unambiguous prefix of it')
    .option('--json', 'print JSON: {…metadata, text, removed: [{text, reason, at}], layers}')
    .action(async (ref: string, opts: { json?: boolean }, cmd: Command) => {
      const doc = await withStore(cmd, async (store) => store.getDocument(await resolveDocId(store, ref)));
      if (!doc) return; // resolveDocId throws NOT_FOUND first
      if (opts.json) return printJson(showJson(doc));
      process.stdout.write(`${renderDoc(doc, Boolean(process.stdout.isTTY))}\n`);
    });
}
