// The one segment classifier for blocks from HTML and from plain text: each block is kept as a
// paragraph, heading or list item, or removed with a reason (byline, caption, related link, promo,
// disclaimer, another story's lede, …). Cue words come from data files; the passes below add what
// a single block cannot show: a title at the top, furniture runs before and after the body, headings
// left with no body under them, and an unrelated tail.
import type { RemovalReason } from '../doc/index.js';
import type { Block } from './block.js';
import { countWords, endsSentence } from './block.js';
import { authorBio, matchCue } from './cues.js';
import { isDateOnly } from './metadata/dates.js';
import { findUnrelatedTail } from './unrelated-lede.js';

export type SegmentLabel = 'paragraph' | 'heading' | 'list-item';

export interface Classified {
  text: string;
  /** The kept label, or null when the block was removed. */
  label: SegmentLabel | null;
  reason: RemovalReason | null;
  rule: string;
}

export interface ClassifyOptions {
  /** 'text' blocks carry no markup, so headings and the title are recognised from their shape. */
  mode: 'html' | 'text';
  /** The title known from metadata; a block repeating it is removed as the title. */
  title?: string | null;
  lang?: string;
}

const keep = (text: string, label: SegmentLabel, rule: string): Classified => ({
  text,
  label,
  reason: null,
  rule,
});
const drop = (text: string, reason: RemovalReason, rule: string): Classified => ({
  text,
  label: null,
  reason,
  rule,
});

export function classifySegments(blocks: readonly Block[], opts: ClassifyOptions): Classified[] {
  const out = blocks.map((b) => classifyBlock(b, opts));
  if (opts.mode === 'text') markTextHeadings(out, blocks);
  markTitle(out, opts);
  markRelatedRuns(out, blocks, opts.mode);
  markLeadingFurniture(out, blocks);
  markTrailingFurniture(out, blocks);
  markTeaserPairs(out);
  markHeadingRuns(out);
  markAuthorBio(out);
  markTinyRuns(out, blocks);
  markEmptyHeadings(out);
  markUnrelatedTail(out, opts.lang);
  return out;
}

function classifyBlock(b: Block, opts: ClassifyOptions): Classified {
  const words = countWords(b.text);
  if (words === 0 && !/\p{L}|\p{N}/u.test(b.text)) return drop(b.text, 'boilerplate', 'no-words');
  const cue = matchCue(b.text, words);
  if (cue) return drop(b.text, cue.reason, cue.rule);
  if (b.shape === 'caption') return drop(b.text, 'caption', 'figcaption');
  if (words <= 10 && b.shape !== 'list-item' && isDateOnly(b.text))
    return drop(b.text, 'dateline', 'date-only');
  // Class names of big containers can be misleading ("entry-content-read-more"): trust them on short blocks.
  if (
    b.hint &&
    (words < 30 || (b.hint === 'caption' && words < 60) || (b.hint === 'related' && b.linkDensity > 0.5))
  ) {
    return drop(b.text, b.hint, `class:${b.hint}`);
  }
  if (b.linkDensity > 0.8 && words <= 30 && opts.mode === 'html' && b.shape === 'paragraph') {
    return drop(b.text, 'related', 'link-only');
  }
  if (b.linkDensity > 0.8 && words <= 30 && opts.mode === 'text') return drop(b.text, 'related', 'link-only');
  if (b.shape === 'heading') return keep(b.text, 'heading', 'markup');
  if (b.shape === 'list-item') return keep(b.text, 'list-item', 'markup');
  return keep(b.text, 'paragraph', 'default');
}

/** Plain text: a short line without a full stop, followed by a longer paragraph, is a heading. */
function markTextHeadings(out: Classified[], blocks: readonly Block[]): void {
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c.label !== 'paragraph' || blocks[i].shape !== 'paragraph') continue;
    const next = out.slice(i + 1).find((n) => n.label !== null);
    if (next && headingLike(c.text) && countWords(next.text) > countWords(c.text)) {
      out[i] = keep(c.text, 'heading', 'short-line');
    }
  }
}

export function headingLike(text: string): boolean {
  const words = countWords(text);
  if (words === 0 || words > 16 || !/^[\p{Lu}\p{N}"'“‘¿¡]/u.test(text)) return false;
  if (text.endsWith('?')) return true;
  return !endsSentence(text) && !/[,;:–—-]$/.test(text);
}

/** The headline repeated in the body (HTML) or standing as the first line (text) is the title. */
function markTitle(out: Classified[], opts: ClassifyOptions): void {
  const first = out.findIndex((c) => c.label !== null);
  if (first < 0) return;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const title = opts.title ? norm(opts.title) : '';
  for (let i = first; i < Math.min(out.length, first + 6); i++) {
    const c = out[i];
    if (c.label === null) continue;
    const t = norm(c.text);
    if (title && t && (t === title || (c.label === 'heading' && title.includes(t) && t.length > 15))) {
      out[i] = drop(c.text, 'title', 'repeats-title');
      return;
    }
  }
  const c = out[first];
  if (opts.mode === 'text' && !title && c.label === 'heading' && !c.text.endsWith('?')) {
    out[first] = drop(c.text, 'title', 'first-line');
  }
}

/** After a "Related"/"You may also like" header, the short link-like lines that follow are links too. */
function markRelatedRuns(out: Classified[], blocks: readonly Block[], mode: 'html' | 'text'): void {
  for (let i = 0; i < out.length; i++) {
    // Only a bare header ("Related", "You may also like…") announces a list of links.
    if (out[i].reason !== 'related' || countWords(out[i].text) > 6) continue;
    for (let j = i + 1; j < out.length; j++) {
      const c = out[j];
      if (c.label === null) continue;
      // In HTML the links show; plain text lost them, so a short line without a full stop must do.
      const linky = blocks[j].linkDensity > 0.5 && countWords(c.text) <= 30;
      const short = mode === 'text' && countWords(c.text) <= 20 && !endsSentence(c.text);
      if (!(linky || short) || c.label === 'heading') break;
      out[j] = drop(c.text, out[i].reason ?? 'related', 'related-run');
    }
  }
}

/** Before the first real paragraph, short menu items and labels are navigation. */
function markLeadingFurniture(out: Classified[], blocks: readonly Block[]): void {
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c.label === null) continue;
    if (c.label === 'paragraph' && (countWords(c.text) >= 12 || endsSentence(c.text))) return;
    if (c.label === 'list-item' && countWords(c.text) <= 4)
      out[i] = drop(c.text, 'navigation', 'leading-menu');
    else if (c.label === 'paragraph' && countWords(c.text) <= 3 && blocks[i].shape === 'paragraph') {
      out[i] = drop(c.text, 'navigation', 'leading-label');
    }
  }
}

/** After the last real paragraph, short lines without a sentence are page furniture. */
function markTrailingFurniture(out: Classified[], blocks: readonly Block[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    if (c.label === null) continue;
    const words = countWords(c.text);
    if (endsSentence(c.text) && words >= 8) return;
    if (words <= 4 || (blocks[i].linkDensity > 0.5 && words <= 15)) {
      out[i] = drop(c.text, 'boilerplate', 'trailing-furniture');
    } else return;
  }
}

/** Repeated "KICKER heading + one short unpunctuated line" pairs are a widget of story teasers. */
function markTeaserPairs(out: Classified[]): void {
  const kept = out.flatMap((c, i) => (c.label !== null ? [i] : []));
  const isPair = (k: number) =>
    out[kept[k]]?.label === 'heading' &&
    !out[kept[k]].text.endsWith('?') &&
    out[kept[k + 1]]?.label === 'paragraph' &&
    !endsSentence(out[kept[k + 1]].text) &&
    countWords(out[kept[k + 1]].text) <= 20 &&
    (k + 2 >= kept.length || out[kept[k + 2]].label === 'heading');
  for (let k = 0; k < kept.length; k++) {
    let n = 0;
    while (isPair(k + 2 * n)) n++;
    if (n < 2) continue;
    for (let j = k; j < k + 2 * n; j++) out[kept[j]] = drop(out[kept[j]].text, 'related', 'teaser-pairs');
    k += 2 * n - 1;
  }
}

/**
 * Five or more short paragraphs in a row (removed blocks between them do not break the run) are a
 * table or widget: tickers, scores, share counts.
 */
function markTinyRuns(out: Classified[], blocks: readonly Block[]): void {
  const tiny = (i: number) => {
    const words = countWords(out[i].text);
    return blocks[i].shape === 'paragraph' && (words <= 3 || (words <= 4 && !endsSentence(out[i].text)));
  };
  for (let i = 0; i < out.length; ) {
    const run: number[] = [];
    let j = i;
    for (; j < out.length; j++) {
      if (out[j].label === null) continue;
      if (!tiny(j)) break;
      run.push(j);
    }
    if (run.length >= 5) for (const k of run) out[k] = drop(out[k].text, 'boilerplate', 'tiny-run');
    i = Math.max(j, i + 1);
  }
}

/** Three or more headings in a row with no text between them are a list of other stories. */
function markHeadingRuns(out: Classified[]): void {
  const kept = out.flatMap((c, i) => (c.label !== null ? [i] : []));
  for (let k = 0; k < kept.length; ) {
    let e = k;
    while (e < kept.length && out[kept[e]].label === 'heading') e++;
    if (e - k >= 3)
      for (let j = k; j < e; j++) out[kept[j]] = drop(out[kept[j]].text, 'related', 'heading-run');
    k = Math.max(e, k + 1);
  }
}

/** The last paragraphs introducing the author ("Jane Doe is a reporter at …"), with a name heading above. */
function markAuthorBio(out: Classified[]): void {
  const kept = out.flatMap((c, i) => (c.label !== null ? [i] : []));
  for (const i of kept.slice(-2)) {
    if (out[i].label !== 'paragraph' || !authorBio.test(out[i].text) || countWords(out[i].text) > 80)
      continue;
    out[i] = drop(out[i].text, 'byline', 'author-bio');
    const prev = kept[kept.indexOf(i) - 1];
    const name = out[i].text.split(' ')[0];
    if (prev !== undefined && out[prev].label === 'heading' && out[prev].text.includes(name)) {
      out[prev] = drop(out[prev].text, 'byline', 'author-bio');
    }
  }
}

const WIDGET_REASONS = new Set<RemovalReason | null>([
  'related',
  'promo',
  'navigation',
  'comments',
  'boilerplate',
]);

/** A heading followed by a widget (links, promos) and no kept text of its own was the widget's label. */
function markEmptyHeadings(out: Classified[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    if (c.label !== 'heading') continue;
    const next = out[i + 1];
    const nextKept = out.slice(i + 1).find((n) => n.label !== null);
    if (!nextKept) out[i] = drop(c.text, next?.reason ?? 'boilerplate', 'empty-heading');
    else if (next?.label === null && WIDGET_REASONS.has(next.reason) && nextKept.label === 'heading') {
      out[i] = drop(c.text, next.reason ?? 'boilerplate', 'empty-heading');
    }
  }
}

function markUnrelatedTail(out: Classified[], lang?: string): void {
  const keptIdx = out.flatMap((c, i) => (c.label === 'paragraph' ? [i] : []));
  const at = findUnrelatedTail(
    keptIdx.map((i) => out[i].text),
    lang,
  );
  if (at < 0) return;
  for (let i = keptIdx[at]; i < out.length; i++) {
    if (out[i].label !== null) out[i] = drop(out[i].text, 'unrelated-lede', 'unrelated-tail');
  }
}
